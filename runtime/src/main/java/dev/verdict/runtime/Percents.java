package dev.verdict.runtime;

/** Percentages held in hundredths of a percent: {@code 3000} is {@code 30%}. */
public final class Percents {

    /** Hundredths in one percent. */
    public static final long ONE_PERCENT = 100;

    private Percents() {
    }

    /** The canonical text, without trailing zeros: {@code 30%}, {@code 12.5%}, {@code 0.05%}. */
    public static String format(long hundredths) {
        StringBuilder text = new StringBuilder(12);
        long whole = hundredths / ONE_PERCENT;
        long fraction = Math.abs(hundredths % ONE_PERCENT);
        if (hundredths < 0 && whole == 0) {
            text.append('-');
        }
        text.append(whole);
        if (fraction != 0) {
            text.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                text.append(fraction % 10);
            }
        }
        return text.append('%').toString();
    }
}
