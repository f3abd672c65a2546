package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CR, LF and CRLF each end a line: in line numbers, rule names, excerpts and {@code fmt}. */
class LineEndsTest {

    private static final String[] VALID = {
        "policy \"p\"",
        "# sizes",
        "when reason = size and amount < 80 then approve_return_label",
        "when reason = damaged then approve_refund",
    };
    private static final String[] INVALID = {
        "policy \"p\"",
        "when reason = size then approve_return_label",
        "when reason = sise then approve_refund",
    };
    private static final String SIZE =
            "{\"request\":\"return_and_refund\",\"reason\":\"size\",\"amount\":\"45.00\"}";
    private static final String DAMAGED =
            "{\"request\":\"return_and_refund\",\"reason\":\"damaged\",\"amount\":\"45.00\"}";

    @TempDir
    Path dir;

    @Test
    void unnamedRulesOnCrSeparatedLinesGetDistinctNames() throws IOException {
        for (String end : new String[] {"\n", "\r\n", "\r"}) {
            Path policy = write(end, VALID);
            Cli.Result size = Cli.run("eval", policy, "--request", SIZE);
            Cli.Result damaged = Cli.run("eval", policy, "--request", DAMAGED);
            assertTrue(size.out().contains("\"rule\":\"rule@3\",\"line\":3"), size.out());
            assertTrue(damaged.out().contains("\"rule\":\"rule@4\",\"line\":4"), damaged.out());
        }
    }

    @Test
    void diagnosticsAreTheSameWhateverTheLineEnds() throws IOException {
        Cli.Result lf = Cli.run("check", write("\n", INVALID));
        assertEquals(1, lf.exit(), lf.err());
        assertTrue(lf.out().contains("p.policy:3:"), lf.out());
        for (String end : new String[] {"\r\n", "\r"}) {
            Cli.Result other = Cli.run("check", write(end, INVALID));
            assertEquals(lf.exit(), other.exit());
            assertEquals(lf.out(), other.out());
            assertEquals(lf.err(), other.err());
        }
    }

    @Test
    void fmtOfACrFileGivesTheLinesOfTheLfFile() throws IOException {
        Path lf = write("\n", VALID);
        assertEquals(0, Cli.run("fmt", lf).exit());
        String expected = Files.readString(lf);
        assertEquals(List.of(VALID), expected.lines().filter(l -> !l.isBlank()).toList());
        Path cr = write("\r", VALID);
        Cli.Result fmt = Cli.run("fmt", cr);
        assertEquals(0, fmt.exit(), fmt.err());
        assertEquals(expected, Files.readString(cr));
    }

    private Path write(String end, String... lines) throws IOException {
        return Files.writeString(dir.resolve("p.policy"), String.join(end, lines) + end);
    }
}
