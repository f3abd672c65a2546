package dev.verdict.diag.render;

import dev.verdict.diag.Diagnostic;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * One output format for diagnostics (human text, JSON, ...). A renderer writes all the
 * diagnostics of one run as one report, sorted by {@link Diagnostic#BY_POSITION}; {@code sources}
 * maps each file a diagnostic names to its text, for showing source lines (a file missing from
 * it is shown without its line).
 */
public interface DiagnosticRenderer {

    void render(List<Diagnostic> diagnostics, Map<String, String> sources, PrintWriter out);

    /**
     * Renders as {@link #render(List, Map, PrintWriter)} does, but a format that writes one
     * diagnostic after another stops before the next once {@code timeUp} says so; returns how
     * many were written. This default, for formats written as one document (JSON, SARIF, whose
     * cost is linear in what they write), writes them all.
     */
    default int render(List<Diagnostic> diagnostics, Map<String, String> sources,
                       PrintWriter out, BooleanSupplier timeUp) {
        render(diagnostics, sources, out);
        return diagnostics.size();
    }
}
