package dev.verdict.cli;

import dev.verdict.diag.Diagnostic;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.pipeline.Compilation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compilations of a command's policy files, gathered for one report: every diagnostic once
 * (a profile's may come with each policy naming it, and with the profile itself), the
 * text of each file they point into, and the policies that compiled without errors.
 */
final class Compilations {

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, String> sources = new HashMap<>();
    private final List<CheckedPolicy> policies = new ArrayList<>();

    /** Adds {@code compilation}; null, a file that could not be read, adds nothing. */
    void add(Compilation compilation) {
        if (compilation == null) {
            return;
        }
        for (Diagnostic diagnostic : compilation.diagnostics()) {
            if (!diagnostics.contains(diagnostic)) {
                diagnostics.add(diagnostic);
            }
        }
        sources.putAll(compilation.sources());
        if (compilation.policy() != null) {
            policies.add(compilation.policy());
        }
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    Map<String, String> sources() {
        return sources;
    }

    List<CheckedPolicy> policies() {
        return policies;
    }
}
