package dev.verdict.cli;

import dev.verdict.request.ParallelBlocks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of commands that read a stream of requests: threads and the line cap. */
final class StreamOptions {

    /** The longest request line read by default, in bytes (its line end not counted). */
    static final int DEFAULT_MAX_LINE_BYTES = 65_536;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that decide lines (default: one per processor). "
                    + "The output is the same for any N.")
    private Integer threads;

    @Option(names = "--max-line-bytes", paramLabel = "BYTES",
            defaultValue = "" + DEFAULT_MAX_LINE_BYTES,
            description = "A longer line is that line's error and is not read into memory "
                    + "(default: ${DEFAULT-VALUE}).")
    private int maxLineBytes;

    ParallelBlocks parallel() {
        if (threads == null) {
            return ParallelBlocks.allCores();
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be 1 or more");
        }
        return new ParallelBlocks(threads);
    }

    /** Whether {@code --threads} was given. */
    boolean threadsGiven() {
        return threads != null;
    }

    int maxLineBytes() {
        if (maxLineBytes < 1) {
            throw new ParameterException(spec.commandLine(), "--max-line-bytes must be 1 or more");
        }
        return maxLineBytes;
    }

    /** The file's bytes; {@code -} is standard input. */
    static InputStream open(Path file) throws IOException {
        return file.toString().equals("-") ? System.in : Files.newInputStream(file);
    }
}
