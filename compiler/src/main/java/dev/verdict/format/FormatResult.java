package dev.verdict.format;

import dev.verdict.diag.Diagnostic;
import java.util.List;

/**
 * The outcome of formatting one file: its canonical text, or null when the file has syntax
 * errors (formatting is refused, since declarations with errors are not in the tree), and the
 * parser's diagnostics.
 */
public record FormatResult(String text, List<Diagnostic> diagnostics) {

    public FormatResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean refused() {
        return text == null;
    }
}
