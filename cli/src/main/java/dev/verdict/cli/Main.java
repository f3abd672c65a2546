package dev.verdict.cli;

import dev.verdict.syntax.InputLimits;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * The {@code verdict} command: wires the subcommands, prints usage errors (exit 2), and turns
 * any unexpected exception into one {@code verdict: internal error: ...} line (exit 2), never a
 * stack trace. Output is UTF-8 whatever the platform's default. Commands run on a thread with
 * a large stack, for deeply nested policies.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        int[] exit = {Exit.USAGE};
        Thread command = new Thread(null, () -> exit[0] = execute(args, out, err, Ansi.AUTO),
                "verdict", InputLimits.STACK_BYTES);
        command.start();
        command.join();
        out.flush();
        err.flush();
        System.exit(exit[0]);
    }

    /** Runs one command line with the given streams; {@code ansi} decides colours. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Ansi ansi) {
        int exit = commandLine(new VerdictCommand(), out, err, ansi).execute(args);
        out.flush();
        err.flush();
        return exit;
    }

    /** {@code command} with the streams, colours and error handling every command shares. */
    static CommandLine commandLine(Object command, PrintWriter out, PrintWriter err, Ansi ansi) {
        return new CommandLine(command)
                .setOut(out)
                .setErr(err)
                .setColorScheme(CommandLine.Help.defaultColorScheme(ansi))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler((e, cmd, parsed) -> internalError(e, cmd));
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("verdict: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        String command = cmd.getCommandSpec().qualifiedName();
        err.println("Try '" + command + " --help' for more information.");
        err.flush();
        return Exit.USAGE;
    }

    private static int internalError(Exception e, CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        err.println("verdict: internal error: " + e);
        err.flush();
        return Exit.USAGE;
    }

    private static PrintWriter utf8(FileDescriptor descriptor) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor),
                StandardCharsets.UTF_8), false);
    }
}
