package dev.verdict.lsp;

import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.schema.Schema;

/**
 * Compiles open documents exactly as {@code verdict check} compiles files: the cheap stages
 * (parse and check) alone, or with the analysis.
 */
final class DocumentCompiler {

    private final Compiler cheap;
    private final Compiler full;

    DocumentCompiler(Schema schema) {
        this.cheap = new Compiler(schema, new CompilerOptions(null, false));
        this.full = new Compiler(schema, new CompilerOptions(null, true));
    }

    /** Parse and check only: fast enough to run on every edit. */
    Compilation check(PolicyDocument document) {
        return cheap.compile(document.displayPath(), document.text(), document.directory());
    }

    /** Parse, check and analyse: what {@code verdict check} reports. */
    Compilation analyse(PolicyDocument document) {
        return full.compile(document.displayPath(), document.text(), document.directory());
    }
}
