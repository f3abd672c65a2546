package dev.verdict.diag.render;

import dev.verdict.diag.Diagnostic;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * One output format for diagnostics (human text, JSON, ...). A renderer writes all the
 * diagnostics of one run as one report, sorted by {@link Diagnostic#BY_POSITION}; {@code sources}
 * maps each file a diagnostic names to its text, for showing source lines (a file missing from
 * it is shown without its line).
 */
public interface DiagnosticRenderer {

    void render(List<Diagnostic> diagnostics, Map<String, String> sources, PrintWriter out);
}
