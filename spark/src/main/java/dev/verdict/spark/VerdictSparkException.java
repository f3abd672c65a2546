package dev.verdict.spark;

/**
 * A policy, a history or an option that a Spark job cannot use, with a message that names the
 * problem and how to fix it: a policy with errors, a missing or mistyped column, an unreadable
 * history.
 */
public final class VerdictSparkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /** A usage or input problem: the job exits 2. */
    public VerdictSparkException(String message) {
        this(message, 2);
    }

    private VerdictSparkException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** A policy with errors: the job exits 1, as {@code verdict simulate} does. */
    static VerdictSparkException policyErrors(String message) {
        return new VerdictSparkException(message, 1);
    }

    /** The exit code of a job that stops for this problem: 1 or 2. */
    public int exitCode() {
        return exitCode;
    }
}
