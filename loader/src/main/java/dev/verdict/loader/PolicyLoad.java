package dev.verdict.loader;

import dev.verdict.diag.Diagnostic;
import dev.verdict.diag.render.HumanRenderer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * What one load found. {@code policies} is null when the load is refused: a policy has errors,
 * a test failed, or a file could not be read ({@code problems}, one sentence each; failing
 * tests as {@code FILE:LINE: test NAME: WHY}). {@code diagnostics} holds every error and
 * warning, and {@code sources} the text of each file they point into. {@code fallback}, when not
 * null, says why the policies are interpreted rather than compiled.
 */
public record PolicyLoad(PolicySet policies, List<Diagnostic> diagnostics,
                         Map<String, String> sources, List<String> problems, String fallback) {

    public PolicyLoad {
        diagnostics = List.copyOf(diagnostics);
        sources = Map.copyOf(sources);
        problems = List.copyOf(problems);
    }

    /** True when every policy checked without errors and passed its tests. */
    public boolean accepted() {
        return policies != null;
    }

    /** The errors found: diagnostics that are errors, then the other problems. */
    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count() + problems.size();
    }

    /**
     * For a person: the diagnostics as the command line prints them, the problems, and the
     * fallback; empty when there is nothing to say.
     */
    public String report() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        new HumanRenderer(false).render(diagnostics, sources, out);
        problems.forEach(out::println);
        if (fallback != null) {
            out.println("note: " + fallback + "; the policies are interpreted");
        }
        out.flush();
        return text.toString();
    }
}
