package dev.verdict.diag;

import dev.verdict.diag.render.HumanRenderer;
import dev.verdict.diag.render.JsonRenderer;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.source.Schemas;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** A policy compiled as {@code t.policy} beside the test profiles, its diagnostics rendered. */
final class Rendered {

    private Rendered() {
    }

    static Compilation compile(String policy, boolean analyse) {
        try {
            Path folder = Path.of(Rendered.class.getResource("/check").toURI());
            return new Compiler(Schemas.aftersale(), new CompilerOptions(null, analyse))
                    .compile("t.policy", policy, folder);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The human rendering of the diagnostics of {@code code} only, without the summary. */
    static String human(String policy, Code code) {
        Compilation compilation = compile(policy, true);
        List<Diagnostic> only = compilation.diagnostics().stream()
                .filter(d -> d.code() == code).toList();
        StringWriter out = new StringWriter();
        new HumanRenderer(false).render(only, compilation.sources(), new PrintWriter(out));
        String text = out.toString();
        int summary = text.lastIndexOf("\n\n");
        return summary < 0 ? text : text.substring(0, summary + 1);
    }

    static String json(List<Diagnostic> diagnostics) {
        StringWriter out = new StringWriter();
        new JsonRenderer().render(diagnostics, java.util.Map.of(), new PrintWriter(out));
        return out.toString();
    }
}
