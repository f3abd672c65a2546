package dev.verdict.schema;

import java.util.List;

/**
 * A value type: its kind, and for enums the values (their ordinals are their positions), for
 * ints the declared inclusive range. Every value is represented as a {@code long}: money in
 * minor units of the policy currency, durations in minutes, percentages in hundredths of a
 * percent, bools as 0 and 1, enum values by ordinal, dates as days since 1970-01-01 and
 * timestamps as milliseconds since 1970-01-01T00:00Z (both within the years 0001 to 9999, see
 * {@code dev.verdict.runtime.Dates}). Strings are not longs: a request carries their text, and
 * conditions test it for membership in a set of literals ({@link dev.verdict.ir.Expr.TextIn}).
 */
public record Type(Kind kind, List<String> values, long min, long max) {

    public static final Type MONEY = new Type(Kind.MONEY, List.of(), 0, Long.MAX_VALUE);
    public static final Type DURATION = new Type(Kind.DURATION, List.of(), 0, Long.MAX_VALUE);
    public static final Type BOOL = new Type(Kind.BOOL, List.of(), 0, 1);
    public static final Type PERCENT = new Type(Kind.PERCENT, List.of(), 0, 100_00);
    public static final Type STRING = new Type(Kind.STRING, List.of(), 0, 0);
    /** Days from 0001-01-01 to 9999-12-31 (the runtime's {@code Dates.MIN_DAY}, MAX_DAY). */
    public static final Type DATE = new Type(Kind.DATE, List.of(), -719_162L, 2_932_896L);
    /** Milliseconds of those days (the runtime's {@code Dates.MIN_MILLIS}, MAX_MILLIS). */
    public static final Type TIMESTAMP = new Type(Kind.TIMESTAMP, List.of(),
            -62_135_596_800_000L, 253_402_300_799_999L);
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
