package dev.verdict.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a command writes: its output, its error stream, and whether colours are on (picocli's
 * colour scheme: a terminal and no {@code NO_COLOR}, unless forced).
 */
record Console(PrintWriter out, PrintWriter err, boolean colour) {

    static Console of(CommandSpec spec) {
        var commandLine = spec.commandLine();
        return new Console(commandLine.getOut(), commandLine.getErr(),
                commandLine.getColorScheme().ansi().enabled());
    }

    /** {@code verdict: MESSAGE} on the error stream: a usage or I/O problem. */
    void problem(String message) {
        err.println("verdict: " + message);
        err.flush();
    }
}
