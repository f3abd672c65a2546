package dev.verdict.cli;

import dev.verdict.diag.Diagnostic;
import dev.verdict.diag.render.HumanRenderer;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.schema.Schema;
import java.nio.file.Path;

/**
 * Compiles policy files for a command: reads them (reporting unreadable ones, exit 2) and runs
 * the pipeline on the bundled schema.
 */
final class PolicyCompiler {

    private final Console console;
    private final SourcePaths sources;
    private final Compiler compiler;

    PolicyCompiler(Console console, SourcePaths sources, CompilerOptions options) {
        this.console = console;
        this.sources = sources;
        this.compiler = new Compiler(Schema.aftersale(), options);
    }

    /** The compilation of {@code file}, or null when it cannot be read (already reported). */
    Compilation compile(Path file) {
        String text = sources.read(file);
        if (text == null) {
            return null;
        }
        return compiler.compile(file.toString(), text, file.toAbsolutePath().getParent());
    }

    /**
     * For commands that decide: the compilation of a policy without errors; or null after
     * printing its diagnostics on the error stream (or reporting that it cannot be read).
     */
    Compilation compileForDecisions(Path file) {
        Compilation compilation = compile(file);
        if (compilation == null) {
            return null;
        }
        if (compilation.hasErrors()) {
            new HumanRenderer(console.colour()).render(
                    compilation.diagnostics().stream().filter(Diagnostic::isError).toList(),
                    compilation.sources(), console.err());
            return null;
        }
        return compilation;
    }
}
