package dev.verdict.cli;

import dev.verdict.coverage.Coverage;
import dev.verdict.coverage.CoverageText;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.pipeline.Compilation;
import dev.verdict.request.JsonLines;
import dev.verdict.runtime.Evaluator;
import dev.verdict.simulate.Simulation;
import dev.verdict.simulate.SimulationHtml;
import dev.verdict.simulate.SimulationJson;
import dev.verdict.simulate.SimulationText;
import dev.verdict.simulate.Simulator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;


/**
 * {@code verdict simulate POLICY --history FILE [--baseline OLD] [--html OUT]
 * [--format human|json] [--examples N]}: replays past requests, reports counts and money per
 * outcome and rule and, with a baseline, what changed.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Replays past requests through a policy: counts and money per outcome "
                + "and rule; with --baseline, the decisions that changed.",
                "Exit: 0; 1 a policy has errors, or some history line was not a valid request "
                        + "(the others still count); 2 usage or I/O errors."})
final class SimulateCommand implements Callable<Integer> {

    /** The values of {@code --format}. */
    enum Format { HUMAN, JSON }

    @Spec
    private CommandSpec spec;

    @Mixin
    private AllowPathOption allowPath;

    @ParentCommand
    private VerdictCommand verdict;

    @Mixin
    private PolicyFile policy;

    @Option(names = "--history", required = true, paramLabel = "FILE.jsonl",
            description = "Past requests, one JSON object per line ('-': standard input).")
    private Path history;

    @Option(names = "--baseline", paramLabel = "OLD.policy",
            description = "Also decide with this policy and report what changed.")
    private Path baseline;

    @Option(names = "--html", paramLabel = "OUT",
            description = "Also write the report as a self-contained HTML page.")
    private Path html;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "human",
            description = "human (default) or json.")
    private Format format;

    @Option(names = "--examples", paramLabel = "N", defaultValue = "5",
            description = "How many changed requests to show with --baseline (default 5).")
    private int examples;

    @Mixin
    private StreamOptions stream;

    @Mixin
    private SparkOptions engine;

    @Option(names = "--coverage",
            description = "Also print which rules and conditions the history covered "
                    + "(on the error stream with --format json).")
    private boolean coverage;

    /** Records what the replay covers, with --coverage; else null. */
    private Coverage covered;

    @Override
    public Integer call() {
        if (examples < 0) {
            throw new ParameterException(spec.commandLine(), "--examples must be 0 or more");
        }
        Console console = Console.of(spec);
        if (engine.spark()) {
            return onSpark(console);
        }
        PolicyCompiler compiler = new PolicyCompiler(console, null, allowPath.paths());
        Compilation compilation = compiler.compileClean(policy.path());
        CheckedPolicy current = compilation == null ? null : compilation.policy();
        CheckedPolicy old = baseline == null ? null : compiler.compileForDecisions(baseline);
        if (current == null || (baseline != null && old == null)) {
            return compiler.refusal();
        }
        covered = coverage && current != null
                ? Coverage.of(current, compilation.sources()) : null;
        Simulator simulator = simulator(console, current, old);
        if (simulator == null) {
            return Exit.USAGE;
        }
        try (InputStream lines = StreamOptions.open(history)) {
            simulator.replay(new JsonLines(lines, stream.maxLineBytes()), stream.parallel());
        } catch (IOException e) {
            console.problem("cannot read " + history + ": " + SourcePaths.reason(e));
            return Exit.USAGE;
        }
        Simulation simulation = simulator.result();
        console.out().print(format == Format.JSON ? SimulationJson.render(simulation) + "\n"
                : SimulationText.render(simulation));
        if (covered != null) {
            String text = CoverageText.render(List.of(covered.result()));
            if (format == Format.JSON) {
                console.err().print(text);
            } else {
                console.out().print("\n" + text);
            }
        }
        console.out().flush();
        if (html != null
                && !new SourcePaths(console).write(html, SimulationHtml.render(simulation))) {
            return Exit.USAGE;
        }
        return simulation.invalid() > 0 ? Exit.FAILED : Exit.OK;
    }

    /** The simulator, with both policies compiled in one go; null after reporting a mismatch. */
    private Simulator simulator(Console console, CheckedPolicy current, CheckedPolicy old) {
        if (current.schema().amountField().isEmpty()) {
            console.problem("cannot simulate " + policy + ": its schema `"
                    + current.schema().name() + "` has no outcome that `refunds` money");
            return null;
        }
        Evaluators evaluators = engine.localEngine() == null ? verdict.evaluators(console)
                : new Evaluators(engine.localEngine(), console);
        if (old == null) {
            return Simulator.of(current, observed(evaluators.of(current)));
        }
        List<Evaluator> both = evaluators.of(List.of(current, old));
        try {
            return Simulator.against(current, observed(both.get(0)), old, both.get(1), examples);
        } catch (IllegalArgumentException e) {
            console.problem("cannot compare " + policy.path() + " with " + baseline + ": "
                    + e.getMessage());
            return null;
        }
    }

    /** Runs the simulation as a Spark job (see {@link SparkEngine}). */
    private int onSpark(Console console) {
        engine.refuseWithSpark("--html", html != null);
        engine.refuseWithSpark("--coverage", coverage);
        engine.refuseWithSpark("--threads", stream.threadsGiven());
        List<String> args = new ArrayList<>(List.of(policy.path().toString(),
                "--history", history.toString(),
                "--format", format.name().toLowerCase(Locale.ROOT),
                "--examples", Integer.toString(examples),
                "--max-line-bytes", Integer.toString(stream.maxLineBytes())));
        if (baseline != null) {
            args.addAll(List.of("--baseline", baseline.toString()));
        }
        args.addAll(engine.jobArguments());
        return SparkEngine.simulate(console, System.getenv(SparkEngine.HOME), args);
    }

    /** {@code evaluator}, observed by the coverage with --coverage. */
    private Evaluator observed(Evaluator evaluator) {
        return covered == null ? evaluator : covered.observing(evaluator);
    }
}
