package dev.verdict.interp;

/**
 * A truth value of SQL's three-valued logic (SPEC §3). Ordered {@code FALSE < UNKNOWN < TRUE}, so
 * that {@code and} is the minimum, {@code or} the maximum and {@code not} the mirror image.
 */
public enum Truth {
    FALSE, UNKNOWN, TRUE;

    public static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    public Truth and(Truth other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Truth or(Truth other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Truth not() {
        return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
    }
}
