package dev.verdict.explain;

import dev.verdict.runtime.Durations;
import dev.verdict.runtime.Money;
import dev.verdict.runtime.Percents;
import dev.verdict.schema.Type;

/** A value of the IR (a {@code long}) in DSL form: {@code 80.00 USD}, {@code 7d}, {@code 30%}. */
record ValueText(String currency, int currencyDecimals) {

    String of(long value, Type type) {
        return switch (type.kind()) {
            case MONEY -> Money.format(value, currencyDecimals, currency);
            case DURATION -> Durations.format(value);
            case PERCENT -> Percents.format(value);
            case BOOL -> value != 0 ? "true" : "false";
            case ENUM -> value >= 0 && value < type.values().size()
                    ? type.values().get((int) value) : Long.toString(value);
            case INT, STRING -> Long.toString(value);
        };
    }
}
