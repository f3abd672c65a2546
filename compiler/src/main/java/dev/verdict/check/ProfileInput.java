package dev.verdict.check;

import dev.verdict.ast.SourceFile;
import dev.verdict.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * A policy's platform profile as the checker receives it, already found and parsed: the
 * checker reads no files.
 */
public sealed interface ProfileInput {

    /**
     * The profile, parsed; {@code diagnostics} are its syntax diagnostics, {@code directory} its
     * folder (null for a bundled profile).
     */
    record Parsed(SourceFile file, List<Diagnostic> diagnostics, Path directory)
            implements ProfileInput {
        public Parsed {
            diagnostics = List.copyOf(diagnostics);
        }

        boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /** The profile named could not be had: {@code problem} is its E0209. */
    record Unavailable(Diagnostic problem) implements ProfileInput {
    }

    /** The policy names no profile, and there is no default. */
    record None() implements ProfileInput {
    }
}
