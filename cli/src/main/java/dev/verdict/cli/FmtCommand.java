package dev.verdict.cli;

import dev.verdict.diag.render.HumanRenderer;
import dev.verdict.format.FormatResult;
import dev.verdict.format.Formatter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verdict fmt [--check] PATH...}: rewrites files in canonical layout. */
@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = {"Rewrites .policy and .platform files in canonical layout, keeping every "
                + "comment. A file with syntax errors is left untouched.",
                "Exit: 0 done; 1 syntax errors, or files that differ with --check; 2 usage or "
                        + "I/O errors."})
final class FmtCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--check",
            description = "List the files that are not formatted; change nothing.")
    private boolean check;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, or directories to search.")
    private List<Path> paths;

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        SourcePaths sources = new SourcePaths(console);
        int exit = Exit.OK;
        for (Path file : sources.expand(paths, Set.of(".policy", ".platform", ".schema"))) {
            String text = sources.read(file);
            if (text == null) {
                continue;
            }
            FormatResult result = Formatter.format(file.toString(), text);
            if (result.refused()) {
                new HumanRenderer(console.colour()).render(result.diagnostics(),
                        Map.of(file.toString(), text), console.err());
                exit = Exit.FAILED;
            } else if (!result.text().equals(text)) {
                if (check) {
                    console.out().println(file);
                    exit = Exit.FAILED;
                } else {
                    sources.write(file, result.text());
                }
            }
        }
        console.out().flush();
        return sources.failed() ? Exit.USAGE : exit;
    }
}
