package dev.verdict.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Exact money in minor units of one currency (cents for USD, yen for JPY). Parses decimal text
 * without floating point and formats minor units the way decisions print them ({@code 5.00 USD}).
 */
public final class Money {

    private static final long[] POWERS_OF_TEN = powersOfTen();

    private Money() {
    }

    /**
     * The minor units of {@code text}: digits with an optional fraction ({@code 80},
     * {@code 79.99}), optionally followed by a space and {@code currency} ({@code 79.99 USD}).
     * Trailing zeros beyond {@code decimals} are exact and allowed ({@code 79.990}). Allocates
     * nothing unless it throws.
     *
     * @throws ValueFormatException with the first problem found: malformed text, a negative
     *     amount, another currency, more decimals than {@code decimals}, or too large a value
     */
    public static long parse(CharSequence text, int decimals, String currency) {
        int end = amountEnd(text);
        int start = end > 0 && text.charAt(0) == '-' ? 1 : 0;
        long units = 0;
        int integerDigits = 0;
        int fractionDigits = -1;
        boolean tooPrecise = false;
        boolean tooLarge = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.' && fractionDigits < 0) {
                fractionDigits = 0;
                continue;
            }
            if (c < '0' || c > '9') {
                throw new ValueFormatException(ValueFormatException.Problem.MALFORMED);
            }
            if (fractionDigits < 0) {
                integerDigits++;
            } else if (++fractionDigits > decimals) {
                tooPrecise |= c != '0';
                continue;
            }
            if (units > (Long.MAX_VALUE - (c - '0')) / 10) {
                tooLarge = true;
            } else {
                units = units * 10 + (c - '0');
            }
        }
        if (integerDigits == 0 || fractionDigits == 0) {
            throw new ValueFormatException(ValueFormatException.Problem.MALFORMED);
        }
        if (start == 1 && (units != 0 || tooPrecise || tooLarge)) {
            throw new ValueFormatException(ValueFormatException.Problem.NEGATIVE);
        }
        if (end < text.length() && !codeIs(text, end + 1, currency)) {
            throw new ValueFormatException(ValueFormatException.Problem.WRONG_CURRENCY);
        }
        if (tooPrecise) {
            throw new ValueFormatException(ValueFormatException.Problem.TOO_PRECISE);
        }
        int writtenDecimals = Math.min(Math.max(fractionDigits, 0), decimals);
        return scale(units, decimals - writtenDecimals, tooLarge);
    }

    /**
     * The minor units of an exact decimal. Rejects negative values, more decimals than
     * {@code decimals} (trailing zeros aside) and values too large for a {@code long}.
     */
    public static long of(BigDecimal amount, int decimals) {
        if (amount.signum() < 0) {
            throw new ValueFormatException(ValueFormatException.Problem.NEGATIVE);
        }
        if (amount.signum() == 0) {
            return 0;
        }
        BigDecimal exact = amount.stripTrailingZeros();
        if (exact.scale() > decimals) {
            throw new ValueFormatException(ValueFormatException.Problem.TOO_PRECISE);
        }
        if (exact.precision() - exact.scale() > 19) {
            throw new ValueFormatException(ValueFormatException.Problem.TOO_LARGE);
        }
        BigInteger units = exact.movePointRight(decimals).toBigIntegerExact();
        if (units.bitLength() > 63) {
            throw new ValueFormatException(ValueFormatException.Problem.TOO_LARGE);
        }
        return units.longValue();
    }

    /** {@code 500} with 2 decimals is {@code 5.00}; with 0 decimals, {@code 500}. */
    public static String format(long minorUnits, int decimals) {
        StringBuilder text = new StringBuilder(24);
        appendTo(text, minorUnits, decimals);
        return text.toString();
    }

    /** {@code 500} with 2 decimals and {@code USD} is {@code 5.00 USD}. */
    public static String format(long minorUnits, int decimals, String currency) {
        StringBuilder text = new StringBuilder(28);
        appendTo(text, minorUnits, decimals);
        return text.append(' ').append(currency).toString();
    }

    /** Appends the amount of {@link #format(long, int)} to {@code out}. */
    public static void appendTo(StringBuilder out, long minorUnits, int decimals) {
        String digits = Long.toString(minorUnits);
        int sign = minorUnits < 0 ? 1 : 0;
        out.append(digits, 0, sign);
        int integerDigits = digits.length() - sign - decimals;
        if (integerDigits <= 0) {
            out.append('0');
        } else {
            out.append(digits, sign, sign + integerDigits);
        }
        if (decimals > 0) {
            out.append('.');
            for (int i = integerDigits; i < 0; i++) {
                out.append('0');
            }
            out.append(digits, sign + Math.max(integerDigits, 0), digits.length());
        }
    }

    /** Where the amount ends: at a space before a code of capital letters, else at the end. */
    private static int amountEnd(CharSequence text) {
        int space = -1;
        for (int i = 0; i < text.length() && space < 0; i++) {
            space = text.charAt(i) == ' ' ? i : -1;
        }
        if (space < 0) {
            return text.length();
        }
        for (int i = space + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z') {
                throw new ValueFormatException(ValueFormatException.Problem.MALFORMED);
            }
        }
        if (space + 1 == text.length()) {
            throw new ValueFormatException(ValueFormatException.Problem.MALFORMED);
        }
        return space;
    }

    private static boolean codeIs(CharSequence text, int from, String currency) {
        if (text.length() - from != currency.length()) {
            return false;
        }
        for (int i = 0; i < currency.length(); i++) {
            if (text.charAt(from + i) != currency.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static long scale(long units, int missingDecimals, boolean tooLarge) {
        if (tooLarge || missingDecimals >= POWERS_OF_TEN.length
                || units > Long.MAX_VALUE / POWERS_OF_TEN[missingDecimals]) {
            throw new ValueFormatException(ValueFormatException.Problem.TOO_LARGE);
        }
        return units * POWERS_OF_TEN[missingDecimals];
    }

    private static long[] powersOfTen() {
        long[] powers = new long[19];
        powers[0] = 1;
        for (int i = 1; i < powers.length; i++) {
            powers[i] = powers[i - 1] * 10;
        }
        return powers;
    }
}
