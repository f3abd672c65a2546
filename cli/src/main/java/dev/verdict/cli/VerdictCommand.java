package dev.verdict.cli;

import dev.verdict.engine.Engine;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verdict}: with no subcommand, prints the usage and exits 2. */
@Command(name = "verdict", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks, runs, tests and formats after-sales policies.",
        subcommands = {CheckCommand.class, CompileCommand.class, EvalCommand.class,
                ExplainCommand.class, TestCommand.class, SimulateCommand.class, DiffCommand.class,
                ShowCommand.class, FmtCommand.class, LspCommand.class})
final class VerdictCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "compiled",
            description = "How eval, test and simulate decide: compiled (generated Java, "
                    + "the default) or interpreted.")
    private Engine engine;

    /** The evaluators a deciding subcommand uses, by {@code --engine}. */
    Evaluators evaluators(Console console) {
        return new Evaluators(engine, console);
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("verdict: missing a command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return Exit.USAGE;
    }
}
