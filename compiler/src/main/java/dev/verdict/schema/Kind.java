package dev.verdict.schema;

import java.util.Locale;

/** The kinds of value the language knows. */
public enum Kind {
    ENUM, MONEY, INT, DURATION, BOOL, PERCENT, STRING, DATE, TIMESTAMP;

    /** How the kind reads in messages: {@code money}, {@code duration}, ... */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Kinds whose values are ordered, so that {@code <} and {@code between} apply. */
    public boolean isOrdered() {
        return this == MONEY || this == INT || this == DURATION || this == PERCENT
                || this == DATE || this == TIMESTAMP;
    }
}
