package dev.verdict.cli;

import dev.verdict.diag.Diagnostic;
import dev.verdict.diag.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verdict check [--platform P] [--format human|json|sarif] [--werror] PATH...}. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Parses, checks and analyses .policy files, and .platform profiles on "
                + "their own (directories: recursively). All diagnostics form one report.",
                "Exit: 0 clean or warnings only; 1 errors (or warnings with --werror); "
                        + "2 usage or I/O errors."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private AllowPathOption allowPath;

    @Mixin
    private PlatformOption platform;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "human",
            description = "human (default), json or sarif (SARIF 2.1.0).")
    private DiagnosticFormat format;

    @Option(names = "--werror", description = "Treat warnings as errors.")
    private boolean werror;

    @Mixin
    private PolicyPaths paths;

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        PolicyCompiler compiler = new PolicyCompiler(console, platform.value(), allowPath.paths());
        Compilations compiled = new Compilations();
        for (Path file : compiler.sourceFiles(paths.paths())) {
            compiled.add(compiler.compileSource(file));
        }
        List<Diagnostic> diagnostics = compiled.diagnostics().stream()
                .map(d -> werror ? promoted(d) : d).toList();
        format.renderer(console.colour()).render(diagnostics, compiled.sources(), console.out());
        if (compiler.failed()) {
            return Exit.USAGE;
        }
        return diagnostics.stream().anyMatch(Diagnostic::isError) ? Exit.FAILED : Exit.OK;
    }

    /** Under {@code --werror} a warning is reported, and counted, as an error. */
    private static Diagnostic promoted(Diagnostic diagnostic) {
        boolean warning = diagnostic.severity() == Severity.WARNING;
        return warning ? diagnostic.withSeverity(Severity.ERROR) : diagnostic;
    }
}
