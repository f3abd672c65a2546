package dev.verdict.syntax;

import dev.verdict.ast.SourceFile;
import dev.verdict.diag.Diagnostic;
import java.util.List;

/** A file's syntax tree (declarations with syntax errors left out) and its syntax diagnostics. */
public record ParseResult(SourceFile file, List<Diagnostic> diagnostics) {
    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
