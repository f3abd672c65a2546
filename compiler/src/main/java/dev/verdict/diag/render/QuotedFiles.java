package dev.verdict.diag.render;

import java.util.List;

/**
 * Which files diagnostics may quote lines of: policies, platform profiles and schemas (bundled
 * ones too), by their names. Any other file, even one given on the command line as a policy
 * ({@code verdict check /etc/passwd}), may hold anything, so its diagnostics show where, never
 * what.
 */
public final class QuotedFiles {

    private static final List<String> EXTENSIONS = List.of(".policy", ".platform", ".schema");

    private QuotedFiles() {
    }

    /** Whether lines of the file diagnostics name {@code path} may be shown. */
    public static boolean quotable(String path) {
        return path != null && (path.startsWith("bundled:")
                || EXTENSIONS.stream().anyMatch(path::endsWith));
    }
}
