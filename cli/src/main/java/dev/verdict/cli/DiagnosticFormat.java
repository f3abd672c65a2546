package dev.verdict.cli;

import dev.verdict.diag.render.DiagnosticRenderer;
import dev.verdict.diag.render.HumanRenderer;
import dev.verdict.diag.render.JsonRenderer;
import dev.verdict.diag.sarif.SarifRenderer;
import dev.verdict.pipeline.Release;
import java.nio.file.Path;

/** The values of {@code --format} for diagnostics, each backed by one renderer. */
enum DiagnosticFormat {
    HUMAN, JSON, SARIF;

    DiagnosticRenderer renderer(boolean colour) {
        return switch (this) {
            case HUMAN -> new HumanRenderer(colour);
            case JSON -> new JsonRenderer();
            case SARIF -> new SarifRenderer(Release.docs("diagnostics.md"), Release.version(),
                    Path.of("").toAbsolutePath());
        };
    }
}
