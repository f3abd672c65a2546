package dev.verdict.diag;

import java.util.Locale;

public enum Severity {
    ERROR, WARNING, INFO;

    /**
     * The lowercase word used in every output format: {@code error}, {@code warning}, {@code info}.
     */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
