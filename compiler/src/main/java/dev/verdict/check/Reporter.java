package dev.verdict.check;

import dev.verdict.diag.Code;
import dev.verdict.diag.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the checker's diagnostics for one file. A problem found twice (a {@code let} list
 * whose bad item is checked at each use) is kept once.
 */
final class Reporter {

    private final String file;
    private final Set<Diagnostic> diagnostics;

    Reporter(String file) {
        this(file, new LinkedHashSet<>());
    }

    private Reporter(String file, Set<Diagnostic> diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** A reporter for another file that shares this one's diagnostics. */
    Reporter forFile(String otherFile) {
        return new Reporter(otherFile, diagnostics);
    }

    String file() {
        return file;
    }

    /** Adds a factory's diagnostic, in this reporter's file. */
    void report(Diagnostic diagnostic) {
        diagnostics.add(diagnostic.inFile(file));
    }

    /** Adds a diagnostic found elsewhere (the parser's, for a profile). */
    void add(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * Whether every error so far is a rule whose outcome never applies (E0208): such a rule is
     * left out, and the rest of the policy can still be analysed.
     */
    boolean onlyInapplicableRules() {
        return diagnostics.stream().filter(Diagnostic::isError)
                .allMatch(d -> d.code() == Code.E0208);
    }

    List<Diagnostic> diagnostics() {
        return new ArrayList<>(diagnostics);
    }
}
