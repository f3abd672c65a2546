package dev.verdict.runtime;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Dates as days since 1970-01-01 and timestamps as milliseconds since 1970-01-01T00:00Z, read
 * from and written as ISO 8601 text: {@code 2026-11-27} and {@code 2026-11-27T00:00-05:00}.
 * Reading is exact: a timestamp names its offset ({@code Z} or {@code ±hh:mm}), carries at most
 * milliseconds, and every value lies in the years 0001 to 9999 (in UTC). Written timestamps are
 * in UTC, without seconds or milliseconds when those are zero: {@code 2026-11-27T05:00Z}.
 */
public final class Dates {

    /** Milliseconds in a day. */
    public static final long DAY_MILLIS = 86_400_000L;
    /** The first day there is: 0001-01-01. */
    public static final long MIN_DAY = LocalDate.of(1, 1, 1).toEpochDay();
    /** The last day there is: 9999-12-31. */
    public static final long MAX_DAY = LocalDate.of(9999, 12, 31).toEpochDay();
    /** The first millisecond of {@link #MIN_DAY}. */
    public static final long MIN_MILLIS = MIN_DAY * DAY_MILLIS;
    /** The last millisecond of {@link #MAX_DAY}. */
    public static final long MAX_MILLIS = (MAX_DAY + 1) * DAY_MILLIS - 1;

    private Dates() {
    }

    /**
     * The day of {@code yyyy-mm-dd}.
     *
     * @throws ValueFormatException MALFORMED when the text is not such a date, or no such day
     */
    public static long parseDate(CharSequence text) {
        if (text.length() != 10) {
            throw malformed();
        }
        return day(text);
    }

    /**
     * The millisecond of {@code yyyy-mm-ddThh:mm[:ss[.fff]]} followed by {@code Z} or an offset
     * {@code ±hh:mm}.
     *
     * @throws ValueFormatException TOO_PRECISE for digits below the millisecond, MALFORMED for
     *                              anything else that is not such a timestamp
     */
    public static long parseTimestamp(CharSequence text) {
        int length = text.length();
        if (length < 17 || text.charAt(10) != 'T' || text.charAt(13) != ':') {
            throw malformed();
        }
        long day = day(text);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int at = 16;
        int second = 0;
        int millis = 0;
        if (at < length && text.charAt(at) == ':') {
            second = digits(text, at + 1, 2);
            at += 3;
            if (at < length && text.charAt(at) == '.') {
                int start = ++at;
                while (at < length && isDigit(text.charAt(at))) {
                    at++;
                }
                millis = fraction(text, start, at);
            }
        }
        int offsetMinutes = offset(text, at);
        if (hour > 23 || minute > 59 || second > 59) {
            throw malformed();
        }
        long millisOfDay = ((hour * 60L + minute) * 60 + second) * 1000 + millis;
        long value = day * DAY_MILLIS + millisOfDay - offsetMinutes * 60_000L;
        if (value < MIN_MILLIS || value > MAX_MILLIS) {
            throw malformed();
        }
        return value;
    }

    /** {@code 2026-11-27}. */
    public static String formatDate(long day) {
        return LocalDate.ofEpochDay(day).toString();
    }

    /** In UTC, {@code 2026-11-27T05:00Z}; seconds and milliseconds only when not zero. */
    public static String formatTimestamp(long millis) {
        long day = Math.floorDiv(millis, DAY_MILLIS);
        long ofDay = Math.floorMod(millis, DAY_MILLIS);
        StringBuilder text = new StringBuilder(formatDate(day)).append('T');
        two(text, ofDay / 3_600_000).append(':');
        two(text, ofDay / 60_000 % 60);
        long second = ofDay / 1000 % 60;
        long milli = ofDay % 1000;
        if (second != 0 || milli != 0) {
            two(text.append(':'), second);
        }
        if (milli != 0) {
            text.append('.').append(milli / 100).append(milli / 10 % 10).append(milli % 10);
        }
        return text.append('Z').toString();
    }

    /** The day of a {@link LocalDate}, checked to lie in the years 0001 to 9999. */
    public static long of(LocalDate date) {
        long day = date.toEpochDay();
        if (day < MIN_DAY || day > MAX_DAY) {
            throw malformed();
        }
        return day;
    }

    /**
     * The millisecond of an {@link Instant}.
     *
     * @throws ValueFormatException TOO_PRECISE below the millisecond, MALFORMED out of range
     */
    public static long of(Instant instant) {
        if (instant.getNano() % 1_000_000 != 0) {
            throw new ValueFormatException(ValueFormatException.Problem.TOO_PRECISE);
        }
        if (instant.isBefore(Instant.ofEpochMilli(MIN_MILLIS))
                || instant.isAfter(Instant.ofEpochMilli(MAX_MILLIS))) {
            throw malformed();
        }
        return instant.toEpochMilli();
    }

    private static long day(CharSequence text) {
        if (text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw malformed();
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int dayOfMonth = digits(text, 8, 2);
        try {
            long day = LocalDate.of(year, month, dayOfMonth).toEpochDay();
            if (day < MIN_DAY) {
                throw malformed();
            }
            return day;
        } catch (DateTimeException e) {
            throw malformed();
        }
    }

    private static int fraction(CharSequence text, int start, int end) {
        if (end == start) {
            throw malformed();
        }
        if (end - start > 3) {
            throw new ValueFormatException(ValueFormatException.Problem.TOO_PRECISE);
        }
        int millis = 0;
        for (int i = start; i < start + 3; i++) {
            millis = millis * 10 + (i < end ? text.charAt(i) - '0' : 0);
        }
        return millis;
    }

    /** The offset in minutes east of UTC that ends the text at {@code at}. */
    private static int offset(CharSequence text, int at) {
        int length = text.length();
        if (at == length - 1 && text.charAt(at) == 'Z') {
            return 0;
        }
        if (at != length - 6 || text.charAt(at + 3) != ':') {
            throw malformed();
        }
        char sign = text.charAt(at);
        if (sign != '+' && sign != '-') {
            throw malformed();
        }
        int hours = digits(text, at + 1, 2);
        int minutes = digits(text, at + 4, 2);
        try {
            int seconds = ZoneOffset.ofHoursMinutes(sign == '-' ? -hours : hours,
                    sign == '-' ? -minutes : minutes).getTotalSeconds();
            return seconds / 60;
        } catch (DateTimeException e) {
            throw malformed();
        }
    }

    private static int digits(CharSequence text, int from, int count) {
        if (from + count > text.length()) {
            throw malformed();
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                throw malformed();
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static StringBuilder two(StringBuilder text, long value) {
        return text.append(value / 10).append(value % 10);
    }

    private static ValueFormatException malformed() {
        return new ValueFormatException(ValueFormatException.Problem.MALFORMED);
    }
}
