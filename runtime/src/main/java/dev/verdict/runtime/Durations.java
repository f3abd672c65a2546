package dev.verdict.runtime;

/**
 * Durations as whole minutes: parses {@code 30m}, {@code 36h} and {@code 3d}, and formats
 * minutes in the largest unit that divides them ({@code 10080} is {@code 7d}).
 */
public final class Durations {

    /** Minutes in an hour. */
    public static final long HOUR = 60;
    /** Minutes in a day. */
    public static final long DAY = 24 * HOUR;

    private Durations() {
    }

    /**
     * The minutes of {@code text}: a whole count followed by {@code m}, {@code h} or {@code d}.
     * Allocates nothing unless it throws.
     *
     * @throws ValueFormatException when the text is malformed, negative or too large
     */
    public static long parse(CharSequence text) {
        int length = text.length();
        int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (length - start < 2) {
            throw new ValueFormatException(ValueFormatException.Problem.MALFORMED);
        }
        long unit = unitMinutes(text.charAt(length - 1));
        long count = 0;
        boolean tooLarge = false;
        for (int i = start; i < length - 1; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new ValueFormatException(ValueFormatException.Problem.MALFORMED);
            }
            if (count > (Long.MAX_VALUE - (c - '0')) / 10) {
                tooLarge = true;
            } else {
                count = count * 10 + (c - '0');
            }
        }
        if (start == 1 && (count != 0 || tooLarge)) {
            throw new ValueFormatException(ValueFormatException.Problem.NEGATIVE);
        }
        if (tooLarge || count > Long.MAX_VALUE / unit) {
            throw new ValueFormatException(ValueFormatException.Problem.TOO_LARGE);
        }
        return count * unit;
    }

    /** {@code 7d} for 10080 minutes, {@code 36h} for 2160, {@code 90m} for 90, {@code 0d} for 0. */
    public static String format(long minutes) {
        if (minutes % DAY == 0) {
            return minutes / DAY + "d";
        }
        if (minutes % HOUR == 0) {
            return minutes / HOUR + "h";
        }
        return minutes + "m";
    }

    private static long unitMinutes(char suffix) {
        return switch (suffix) {
            case 'm' -> 1;
            case 'h' -> HOUR;
            case 'd' -> DAY;
            default -> throw new ValueFormatException(ValueFormatException.Problem.MALFORMED);
        };
    }
}
