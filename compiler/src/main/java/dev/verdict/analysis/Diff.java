package dev.verdict.analysis;

/**
 * A difference constraint between two present fields, by schema index: {@code x - y <= c}.
 * Every field-versus-field comparison is one or two of these ({@code x < y} is
 * {@code x - y <= -1}), and values are integers, so the constraints are exact.
 */
record Diff(int x, int y, long c) {

    /** The constraint that holds exactly when this one does not (both fields present). */
    Diff negate() {
        return new Diff(y, x, c == Long.MIN_VALUE ? Long.MAX_VALUE : -c - 1);
    }
}
