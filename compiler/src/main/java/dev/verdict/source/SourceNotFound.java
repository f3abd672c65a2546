package dev.verdict.source;

/**
 * Why a referenced file could not be had: {@code reference} as written (or the path diagnostics
 * use for a file), and {@code detail}: the reader's reason for {@link Reason#UNREADABLE}, the
 * project's folder for {@link Reason#OUTSIDE}.
 */
public final class SourceNotFound extends Exception {

    /** What went wrong. */
    public enum Reason { UNKNOWN_NAME, NO_SUCH_FILE, UNREADABLE, OUTSIDE }

    private final Reason reason;
    private final String reference;
    private final String detail;

    SourceNotFound(Reason reason, String reference, String detail) {
        super(reason + " " + reference);
        this.reason = reason;
        this.reference = reference;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public String reference() {
        return reference;
    }

    public String detail() {
        return detail;
    }
}
