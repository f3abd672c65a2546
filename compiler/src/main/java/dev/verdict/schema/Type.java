package dev.verdict.schema;

import java.util.List;

/**
 * A value type: its kind, and for enums the values (their ordinals are their positions), for
 * ints the declared inclusive range. Every value is represented as a {@code long}: money in
 * minor units of the policy currency, durations in minutes, percentages in hundredths of a
 * percent, bools as 0 and 1, enum values by ordinal.
 */
public record Type(Kind kind, List<String> values, long min, long max) {

    public static final Type MONEY = new Type(Kind.MONEY, List.of(), 0, Long.MAX_VALUE);
    public static final Type DURATION = new Type(Kind.DURATION, List.of(), 0, Long.MAX_VALUE);
    public static final Type BOOL = new Type(Kind.BOOL, List.of(), 0, 1);
    public static final Type PERCENT = new Type(Kind.PERCENT, List.of(), 0, 100_00);
    public static final Type STRING = new Type(Kind.STRING, List.of(), 0, 0);
    /** The most values an enum may have: enum sets are 64-bit masks. */
    public static final int MAX_ENUM_VALUES = 64;

    public Type {
        values = List.copyOf(values);
        if (values.size() > MAX_ENUM_VALUES) {
            throw new IllegalArgumentException("an enum has at most " + MAX_ENUM_VALUES
                    + " values");
        }
    }

    public static Type enumOf(List<String> values) {
        return new Type(Kind.ENUM, values, 0, values.size() - 1);
    }

    public static Type integer(long min, long max) {
        return new Type(Kind.INT, List.of(), min, max);
    }

    /** The ordinal of an enum value, or -1. */
    public int ordinal(String value) {
        return values.indexOf(value);
    }

    /** The mask with every value of this enum. */
    public long allValues() {
        return values.size() == 64 ? -1L : (1L << values.size()) - 1;
    }

    /** {@code money}, {@code int}, ... as messages name the type. */
    public String describe() {
        return kind.word();
    }
}
