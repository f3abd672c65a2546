package dev.verdict.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code verdict}: with no subcommand, prints the usage and exits 2. */
@Command(name = "verdict", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks, runs, tests and formats after-sales policies.",
        subcommands = {CheckCommand.class, EvalCommand.class, ExplainCommand.class,
                TestCommand.class, FmtCommand.class})
final class VerdictCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("verdict: missing a command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return Exit.USAGE;
    }
}
