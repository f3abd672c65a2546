package dev.verdict.ast;

/** The units of a duration literal; durations are exact whole minutes. */
public enum DurationUnit {
    MINUTES('m', 1), HOURS('h', 60), DAYS('d', 24 * 60);

    private final char suffix;
    private final long minutes;

    DurationUnit(char suffix, long minutes) {
        this.suffix = suffix;
        this.minutes = minutes;
    }

    public char suffix() {
        return suffix;
    }

    public long minutes() {
        return minutes;
    }

    /** The unit written as {@code suffix}, or null. */
    public static DurationUnit ofSuffix(String suffix) {
        for (DurationUnit unit : values()) {
            if (suffix.length() == 1 && suffix.charAt(0) == unit.suffix) {
                return unit;
            }
        }
        return null;
    }
}
