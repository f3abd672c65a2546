package dev.verdict.runtime;

/**
 * A money or duration text that cannot be read, with the {@link Problem} that says why, so that
 * callers can word their own message. Carries no stack trace: it reports bad input, not a bug.
 */
public final class ValueFormatException extends IllegalArgumentException {

    /** Why a value could not be read. */
    public enum Problem {
        /** Not of the expected form at all. */
        MALFORMED,
        /** Well formed but below zero. */
        NEGATIVE,
        /** More decimals than the currency has. */
        TOO_PRECISE,
        /** Too large for a {@code long} of minor units or minutes. */
        TOO_LARGE,
        /** Money written with a currency code other than the expected one. */
        WRONG_CURRENCY
    }

    private final Problem problem;

    public ValueFormatException(Problem problem) {
        super(problem.name(), null);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
