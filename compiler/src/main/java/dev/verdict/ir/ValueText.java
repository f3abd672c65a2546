package dev.verdict.ir;

import dev.verdict.runtime.Dates;
import dev.verdict.runtime.Durations;
import dev.verdict.runtime.Money;
import dev.verdict.runtime.Percents;
import dev.verdict.schema.Type;

/**
 * A value of the IR (a {@code long}, see {@link Type}) written back as DSL text, the way
 * decisions print it: money with the currency's decimals ({@code 5.00 USD}, or {@code 5.00}
 * where the currency goes without saying), durations in their largest exact unit ({@code 7d},
 * {@code 36h}, {@code 30m}), percentages without trailing zeros ({@code 30%}, {@code 12.5%}),
 * {@code true}/{@code false}, enum values by name, dates as {@code 2026-11-27} and timestamps in
 * UTC ({@code 2026-11-27T05:00Z}). Built on the runtime's formatters.
 */
public final class ValueText {

    private final String currency;
    private final int currencyDecimals;

    private ValueText(String currency, int currencyDecimals) {
        this.currency = currency;
        this.currencyDecimals = currencyDecimals;
    }

    /** Amounts followed by their currency: {@code 5.00 USD}. */
    public static ValueText withCurrency(String currency, int currencyDecimals) {
        return new ValueText(currency, currencyDecimals);
    }

    /** Amounts followed by the policy's currency, as decisions and explanations print them. */
    public static ValueText of(CheckedPolicy policy) {
        return withCurrency(policy.currency(), policy.currencyDecimals());
    }

    /** Amounts without a currency, as a policy may write them: {@code 5.00}. */
    public static ValueText withoutCurrency(int currencyDecimals) {
        return new ValueText(null, currencyDecimals);
    }

    /** A string value as policies write it: {@code "ups"}, escaped. */
    public static String string(String value) {
        return dev.verdict.ast.SourceText.string(value);
    }

    /** The text of {@code value}; an ordinal that names no value of the enum prints as a number. */
    public String format(Type type, long value) {
        return switch (type.kind()) {
            case MONEY -> currency == null ? Money.format(value, currencyDecimals)
                    : Money.format(value, currencyDecimals, currency);
            case DURATION -> Durations.format(value);
            case PERCENT -> Percents.format(value);
            case BOOL -> value != 0 ? "true" : "false";
            case ENUM -> value >= 0 && value < type.values().size()
                    ? type.values().get((int) value) : Long.toString(value);
            case DATE -> Dates.formatDate(value);
            case TIMESTAMP -> Dates.formatTimestamp(value);
            case INT, STRING -> Long.toString(value);
        };
    }
}
