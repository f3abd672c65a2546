package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;

class MainTest {

    @Test
    void versionAndHelpExitZero() {
        Cli.Result version = Cli.run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().matches("verdict \\d+\\.\\d+\\.\\d+.*\\R"), version.out());
        Cli.Result help = Cli.run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("fmt"), help.out());
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result result = Cli.run();
        assertEquals(2, result.exit());
        assertTrue(result.err().startsWith("verdict: missing a command"), result.err());
    }

    @Test
    void unknownCommandOrOptionIsAUsageError() {
        Cli.Result command = Cli.run("chekc", "x.policy");
        assertEquals(2, command.exit());
        assertTrue(command.err().contains("verdict: Unmatched arguments"), command.err());
        Cli.Result option = Cli.run("fmt", "--chek", "x.policy");
        assertEquals(2, option.exit());
        assertTrue(option.err().contains("Unknown option: '--chek'"), option.err());
        assertTrue(option.err().contains("Try 'verdict fmt --help'"), option.err());
        assertEquals("", option.out());
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("no such state");
        }
    }

    @Test
    void unexpectedExceptionsBecomeOneLineAndExitTwo() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new Boom(), new PrintWriter(out), new PrintWriter(err),
                Ansi.OFF).execute();
        assertEquals(2, exit);
        assertEquals("verdict: internal error: java.lang.IllegalStateException: no such state",
                err.toString().strip());
    }
}
