package dev.verdict.cli;

/** The exit codes of every command (SPEC §11). */
final class Exit {

    /** Success: clean, or warnings only. */
    static final int OK = 0;
    /** The input has problems: errors, failed tests, invalid requests, unformatted files. */
    static final int FAILED = 1;
    /** Usage or I/O errors: the command could not do its job. */
    static final int USAGE = 2;

    private Exit() {
    }
}
