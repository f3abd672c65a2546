package dev.verdict.pipeline;

import dev.verdict.ast.SourceFile;
import dev.verdict.diag.Diagnostic;
import dev.verdict.ir.CheckedPolicy;
import java.util.List;
import java.util.Map;

/**
 * The outcome of compiling one policy file: its syntax tree, the checked policy (null when
 * there are errors), every diagnostic sorted by position, and the text of each file the
 * diagnostics point into (the policy and its profile), for rendering source lines.
 */
public record Compilation(SourceFile ast, CheckedPolicy policy, List<Diagnostic> diagnostics,
                          Map<String, String> sources) {

    public Compilation {
        diagnostics = List.copyOf(diagnostics);
        sources = Map.copyOf(sources);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
