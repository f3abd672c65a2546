package dev.verdict.check;

import dev.verdict.ast.SourceFile;
import dev.verdict.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * A schema file as the checker receives it, already read and parsed: how diagnostics name it,
 * its syntax tree and syntax diagnostics, and the folder its own quoted references are read
 * from (null for a bundled schema).
 */
public record SchemaText(String displayPath, SourceFile file, List<Diagnostic> diagnostics,
                         Path directory) {
    public SchemaText {
        diagnostics = List.copyOf(diagnostics);
    }
}
