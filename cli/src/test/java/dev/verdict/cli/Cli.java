package dev.verdict.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Help.Ansi;

/** Runs {@code verdict} in-process with captured output, as a test would from a shell. */
final class Cli {

    record Result(int exit, String out, String err) {
    }

    private Cli() {
    }

    /**
     * Writes {@code text} to {@code name} under {@code dir}, creating folders; returns the file.
     */
    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    static Result run(Object... args) {
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = args[i] instanceof Path path ? path.toString() : args[i].toString();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(strings, new PrintWriter(out), new PrintWriter(err), Ansi.OFF);
        return new Result(exit, out.toString(), err.toString());
    }
}
