package dev.verdict.maven;

import dev.verdict.diag.Diagnostic;
import dev.verdict.diag.Severity;
import dev.verdict.pipeline.Compilation;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * Reports the diagnostics of compilations in Maven's log, one line each, at the level of their
 * severity ({@code [ERROR]}, {@code [WARNING]}, {@code [INFO]}), and counts them.
 */
final class DiagnosticLog {

    private final Log log;
    private final MavenMessages messages;
    private int errors;
    private int warnings;

    DiagnosticLog(Log log, MavenMessages messages) {
        this.log = log;
        this.messages = messages;
    }

    /** Logs every diagnostic of the compilations, in order. */
    void report(List<Compilation> compilations) {
        compilations.forEach(c -> c.diagnostics().forEach(this::report));
    }

    /** Logs only the errors of the compilations. */
    void reportErrors(List<Compilation> compilations) {
        compilations.forEach(c -> c.diagnostics().stream().filter(Diagnostic::isError)
                .forEach(this::report));
    }

    private void report(Diagnostic diagnostic) {
        String line = messages.diagnostic(diagnostic);
        if (diagnostic.severity() == Severity.ERROR) {
            errors++;
            log.error(line);
        } else if (diagnostic.severity() == Severity.WARNING) {
            warnings++;
            log.warn(line);
        } else {
            log.info(line);
        }
    }

    int errors() {
        return errors;
    }

    int warnings() {
        return warnings;
    }

    /** {@code 2 errors, 1 warning}, leaving out a count of zero ({@code 1 warning}). */
    String counts() {
        if (errors == 0) {
            return plural(warnings, "warning");
        }
        return warnings == 0 ? plural(errors, "error")
                : plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
