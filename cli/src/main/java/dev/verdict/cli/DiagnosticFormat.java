package dev.verdict.cli;

import dev.verdict.diag.render.DiagnosticRenderer;
import dev.verdict.diag.render.HumanRenderer;
import dev.verdict.diag.render.JsonRenderer;
import dev.verdict.diag.sarif.SarifRenderer;
import dev.verdict.pipeline.Release;
import java.net.URI;
import java.nio.file.Path;

/** The values of {@code --format} for diagnostics, each backed by one renderer. */
enum DiagnosticFormat {
    HUMAN, JSON, SARIF;

    /**
     * The renderer; {@code docs} (nullable, absolute) is where SARIF rules link to: a published
     * copy of {@code docs/diagnostics.md}.
     */
    DiagnosticRenderer renderer(boolean colour, URI docs) {
        return switch (this) {
            case HUMAN -> new HumanRenderer(colour);
            case JSON -> new JsonRenderer();
            case SARIF -> new SarifRenderer(docs, Release.version(), Path.of("").toAbsolutePath());
        };
    }
}
