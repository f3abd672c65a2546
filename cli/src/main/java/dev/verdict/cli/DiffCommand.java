package dev.verdict.cli;

import dev.verdict.analysis.AnalysisOptions;
import dev.verdict.analysis.Change;
import dev.verdict.analysis.PolicyDiff;
import dev.verdict.diff.DiffJson;
import dev.verdict.diff.DiffMarkdown;
import dev.verdict.diff.DiffReport;
import dev.verdict.diff.DiffText;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.simulate.ChangeTallies;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verdict diff OLD NEW [--format human|json|markdown] [--history FILE]}. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Shows exactly which requests two versions of a policy decide "
                + "differently: each region with the decision before and after and an example "
                + "request. Prints nothing when they are equivalent.",
                "Exit: 0 equivalent; 1 different; 2 a policy has errors, usage or I/O errors."})
final class DiffCommand implements Callable<Integer> {

    /** The values of {@code --format}. */
    enum Format { HUMAN, JSON, MARKDOWN }

    @Spec
    private CommandSpec spec;

    @Mixin
    private AllowPathOption allowPath;

    @Parameters(index = "0", paramLabel = "OLD", description = "The policy before the change.")
    private Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The policy after the change.")
    private Path after;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "human",
            description = "human (default), json or markdown (for a pull-request comment).")
    private Format format;

    @Option(names = "--history", paramLabel = "FILE.jsonl",
            description = "Past requests: count them and their money per changed region.")
    private Path history;

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        PolicyCompiler compiler = new PolicyCompiler(console, null, allowPath.paths());
        CheckedPolicy old = compiler.compileForDecisions(before);
        CheckedPolicy now = compiler.compileForDecisions(after);
        if (old == null || now == null) {
            return Exit.USAGE;
        }
        List<Change> changes;
        try {
            changes = PolicyDiff.between(old, now, AnalysisOptions.DEFAULT);
        } catch (PolicyDiff.Incomplete | IllegalArgumentException e) {
            console.problem("cannot compare " + before + " with " + after + ": "
                    + e.getMessage());
            return Exit.USAGE;
        }
        DiffReport report = history == null
                ? new DiffReport(before.toString(), after.toString(), changes, now.currency(),
                        now.currencyDecimals())
                : withHistory(console, old, now, changes);
        if (report == null) {
            return Exit.USAGE;
        }
        console.out().print(switch (format) {
            case HUMAN -> DiffText.render(report);
            case JSON -> DiffJson.render(report) + "\n";
            case MARKDOWN -> DiffMarkdown.render(report);
        });
        console.out().flush();
        return report.equivalent() ? Exit.OK : Exit.FAILED;
    }

    /** The report with the history's tallies; null after reporting that it cannot be read. */
    private DiffReport withHistory(Console console, CheckedPolicy old, CheckedPolicy now,
                                   List<Change> changes) {
        try (BufferedReader lines = Files.newBufferedReader(history, StandardCharsets.UTF_8)) {
            ChangeTallies tallies = new ChangeTallies(old, now, changes);
            tallies.replay(lines);
            return new DiffReport(before.toString(), after.toString(), changes, now.currency(),
                    now.currencyDecimals(), tallies.tallies(), tallies.requests(),
                    tallies.invalid());
        } catch (IOException e) {
            console.problem("cannot read " + history + ": " + SourcePaths.reason(e));
            return null;
        } catch (IllegalArgumentException e) {
            console.problem("cannot count " + history + ": " + e.getMessage());
            return null;
        }
    }
}
