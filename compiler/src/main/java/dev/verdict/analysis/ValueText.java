package dev.verdict.analysis;

import dev.verdict.schema.Type;
import java.math.BigDecimal;

/**
 * Values in the DSL's own canonical syntax, as examples and messages print them: money with the
 * currency's decimals ({@code 10.00}), durations in their largest exact unit ({@code 7d},
 * {@code 36h}, {@code 30m}), percentages ({@code 30%}, {@code 12.5%}), enum values by name.
 */
final class ValueText {

    private static final long DAY = 24 * 60;
    private static final long HOUR = 60;

    private final int currencyDecimals;

    ValueText(int currencyDecimals) {
        this.currencyDecimals = currencyDecimals;
    }

    String format(Type type, long value) {
        return switch (type.kind()) {
            case MONEY -> BigDecimal.valueOf(value, currencyDecimals).toPlainString();
            case DURATION -> duration(value);
            case PERCENT -> BigDecimal.valueOf(value, 2).stripTrailingZeros().toPlainString() + "%";
            case BOOL -> value != 0 ? "true" : "false";
            case ENUM -> value >= 0 && value < type.values().size() ? type.values().get((int) value)
                    : Long.toString(value);
            case INT, STRING -> Long.toString(value);
        };
    }

    static String duration(long minutes) {
        if (minutes % DAY == 0) {
            return minutes / DAY + "d";
        }
        if (minutes % HOUR == 0) {
            return minutes / HOUR + "h";
        }
        return minutes + "m";
    }
}
