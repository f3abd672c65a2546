package dev.verdict.cli;

import dev.verdict.diag.Diagnostic;
import dev.verdict.diag.Severity;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code verdict check [--platform P] [--format human|json|sarif] [--docs-uri URI] [--werror]
 * [--time-limit SECONDS] [--allow-path DIR]... PATH...}.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Parses, checks and analyses .policy files, and .platform profiles and "
                + ".schema files on their own (directories: recursively). All diagnostics form "
                + "one report.",
                "Exit: 0 clean or warnings only; 1 errors (or warnings with --werror), or "
                        + "output cut by --time-limit; 2 usage or I/O errors."})
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

    @Option(names = "--docs-uri", paramLabel = "URI",
            description = "With --format sarif: the absolute URI of a published copy of "
                    + "docs/diagnostics.md; each rule links to its section (URI#e0201). "
                    + "Without it, rules carry their help text and no link.")
    private URI docs;

    @Option(names = "--werror", description = "Treat warnings as errors.")
    private boolean werror;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "300",
            description = "Stop after this many seconds, printing included (default 300): what "
                    + "was found so far is printed, with a note that the output was cut.")
    private double timeLimit;

    @Mixin
    private PolicyPaths paths;

    @Override
    public Integer call() {
        TimeLimit limit;
        try {
            limit = TimeLimit.seconds(timeLimit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Console console = Console.of(spec);
        if (docs != null && !docs.isAbsolute()) {
            console.problem("--docs-uri must be an absolute URI, e.g. "
                    + "https://example.org/verdict/docs/diagnostics.md, not `" + docs + "`");
            return Exit.USAGE;
        }
        PolicyCompiler compiler = new PolicyCompiler(console, platform.value(), allowPath.paths());
        Compilations compiled = new Compilations();
        List<Path> files = compiler.sourceFiles(paths.paths());
        int checked = 0;
        while (checked < files.size() && !limit.up()) {
            compiled.add(compiler.compileSource(files.get(checked), limit.analysis()));
            checked++;
        }
        List<Diagnostic> diagnostics = compiled.diagnostics().stream()
                .map(d -> werror ? promoted(d) : d).toList();
        int shown = format.renderer(console.colour(), docs)
                .render(diagnostics, compiled.sources(), console.out(), limit::up);
        if (checked < files.size() || shown < diagnostics.size()) {
            console.problem(limit.cut(checked, files.size(), shown, diagnostics.size()));
            return Exit.FAILED;
        }
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
