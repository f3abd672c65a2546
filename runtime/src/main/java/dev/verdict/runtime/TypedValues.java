package dev.verdict.runtime;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The conversions generated request builders make from Java's own value types: exact money from
 * a {@link BigDecimal}, whole minutes from a {@link Duration}, days from a {@link LocalDate},
 * milliseconds from an {@link Instant} (rounded down), and strings. Each refusal is an
 * {@link InvalidRequestException} naming the field: nothing is rounded.
 */
public final class TypedValues {

    private TypedValues() {
    }

    /**
     * Minor units of {@code amount} in a currency with {@code decimals} decimals ({@code 45.5}
     * USD is 4550).
     *
     * @param decimals the currency's decimals, or -1 when the builder has no currency
     */
    public static long money(FieldSpec field, BigDecimal amount, int decimals) {
        if (decimals < 0) {
            throw new IllegalStateException("`" + field.path() + "` given as a BigDecimal to a "
                    + "builder without a currency: use the evaluator's requestBuilder(), or "
                    + "builder(currency)");
        }
        try {
            return Money.of(required(field, amount), decimals);
        } catch (ValueFormatException e) {
            String problem = switch (e.problem()) {
                case NEGATIVE -> "must not be negative";
                case TOO_PRECISE -> "has more than " + decimals + " decimals";
                default -> "is too large";
            };
            throw invalid(field, problem + ", found " + amount.toPlainString());
        }
    }

    /** The whole minutes of {@code duration}; seconds and below are refused, not dropped. */
    public static long minutes(FieldSpec field, Duration duration) {
        Duration value = required(field, duration);
        if (value.isNegative()) {
            throw invalid(field, "must not be negative, found " + value);
        }
        if (value.getNano() != 0 || value.getSeconds() % 60 != 0) {
            throw invalid(field, "must be whole minutes, found " + value);
        }
        return value.toMinutes();
    }

    /** The day of {@code date}, in the years 0001 to 9999. */
    public static long day(FieldSpec field, LocalDate date) {
        try {
            return Dates.of(required(field, date));
        } catch (ValueFormatException e) {
            throw invalid(field, "must be in the years 0001 to 9999, found " + date);
        }
    }

    /**
     * The millisecond of {@code instant}, rounding down ({@code Instant.now()} often carries
     * microseconds, which no decision can tell apart).
     */
    public static long millis(FieldSpec field, Instant instant) {
        try {
            return Dates.of(required(field, instant).truncatedTo(ChronoUnit.MILLIS));
        } catch (ValueFormatException e) {
            throw invalid(field, "must be in the years 0001 to 9999, found " + instant);
        }
    }

    /** A string value; null is refused (leave the field unset for absent). */
    public static String text(FieldSpec field, String text) {
        return required(field, text);
    }

    private static <T> T required(FieldSpec field, T value) {
        if (value == null) {
            throw invalid(field, "must not be null (leave it unset when absent)");
        }
        return value;
    }

    private static InvalidRequestException invalid(FieldSpec field, String problem) {
        return new InvalidRequestException(field.path(), "`" + field.path() + "` " + problem);
    }
}
