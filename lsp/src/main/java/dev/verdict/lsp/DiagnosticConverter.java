package dev.verdict.lsp;

import dev.verdict.diag.Severity;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * The compiler's diagnostics as the protocol's: the same code, message and help as
 * {@code verdict check}. A diagnostic in another file (the policy's profile) is shown at the
 * top of the document, naming where it is.
 */
final class DiagnosticConverter {

    static final String SOURCE = "verdict";

    private DiagnosticConverter() {
    }

    static List<Diagnostic> convert(PolicyDocument document,
                                    List<dev.verdict.diag.Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> convert(document, d)).toList();
    }

    private static Diagnostic convert(PolicyDocument document, dev.verdict.diag.Diagnostic d) {
        boolean here = d.file() == null || d.file().equals(document.displayPath());
        Range range = here ? document.lines().range(d.span())
                : new Range(new Position(0, 0), new Position(0, 0));
        String message = here ? d.message()
                : d.file() + ":" + d.span().line() + ":" + d.span().column() + ": " + d.message();
        if (d.help() != null) {
            message += "\nhelp: " + d.help();
        }
        Diagnostic converted = new Diagnostic(range, message, severity(d.severity()), SOURCE,
                d.code().name());
        if (d.help() != null) {
            converted.setData(d.help());
        }
        return converted;
    }

    private static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }
}
