package dev.verdict.lsp;

import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.schema.Schema;
import dev.verdict.source.ProjectTree;
import java.nio.file.Path;
import java.util.List;

/**
 * Compiles open documents exactly as {@code verdict check} compiles files: the cheap stages
 * (parse and check) alone, or with the analysis. A document's profile and schema paths must
 * lead inside its own folder or one of the workspace's folders.
 */
final class DocumentCompiler {

    private final Schema schema;
    private volatile List<Path> workspace = List.of();

    DocumentCompiler(Schema schema) {
        this.schema = schema;
    }

    /** The workspace's folders, as the client names them when it starts the server. */
    void workspace(List<Path> folders) {
        this.workspace = List.copyOf(folders);
    }

    /** Parse and check only: fast enough to run on every edit. */
    Compilation check(PolicyDocument document) {
        return compile(document, false);
    }

    /** Parse, check and analyse: what {@code verdict check} reports. */
    Compilation analyse(PolicyDocument document) {
        return compile(document, true);
    }

    private Compilation compile(PolicyDocument document, boolean analyse) {
        Path folder = document.directory() == null ? Path.of("") : document.directory();
        CompilerOptions options =
                new CompilerOptions(null, analyse, ProjectTree.of(folder, workspace));
        return new Compiler(schema, options)
                .compile(document.displayPath(), document.text(), document.directory());
    }
}
