package dev.verdict.spark;

/**
 * A policy, a history or an option that a Spark job cannot use, with a message that names the
 * problem and how to fix it: a policy with errors, a missing or mistyped column, an unreadable
 * history.
 */
public final class VerdictSparkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public VerdictSparkException(String message) {
        super(message);
    }
}
