package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streams of requests in {@code eval --requests} and {@code simulate --history}: one bad line
 * (not UTF-8, too long, a duplicate key) is that line's error and the rest are decided; blank
 * lines keep their place; the output is the same for any number of threads.
 */
class RequestStreamsTest {

    private static final String SMALL =
            "{\"request\":\"refund_only\",\"reason\":\"size\",\"amount\":\"20.00\"}";
    private static final String BIG =
            "{\"request\":\"refund_only\",\"reason\":\"size\",\"amount\":\"500.00\"}";
    private static final String TWICE = "{\"request\":\"refund_only\",\"reason\":\"size\","
            + "\"amount\":\"5000\",\"amount\":\"10\"}";
    private static final String DUPLICATE =
            "{\"error\":{\"message\":\"field `amount` is given twice\",\"field\":\"amount\"}}";

    @TempDir
    Path dir;
    private Path policy;

    @BeforeEach
    void writePolicy() throws IOException {
        policy = Files.writeString(dir.resolve("p.policy"), """
                rule small: when request = refund_only and amount < 50 then approve_refund
                otherwise manual_review
                """);
    }

    private Path file(byte[]... lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.writeBytes(line);
            out.write('\n');
        }
        return Files.write(dir.resolve("requests.jsonl"), out.toByteArray());
    }

    private static byte[] text(String line) {
        return line.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] notUtf8() {
        byte[] line = text(SMALL);
        line[SMALL.indexOf("size") + 1] = (byte) 0xff;
        return line;
    }

    @Test
    void aDuplicateKeyIsRefusedNamingIt() throws IOException {
        Cli.Result one = Cli.run("eval", policy, "--request", TWICE);
        assertEquals(1, one.exit());
        assertEquals(DUPLICATE + "\n", one.out());
        Cli.Result explain = Cli.run("explain", policy, "--request", TWICE);
        assertEquals(1, explain.exit());
        assertTrue(explain.out().contains("field `amount` is given twice")
                || explain.err().contains("field `amount` is given twice"), explain.out());
        Cli.Result simulate = Cli.run("simulate", policy, "--history", file(text(TWICE)));
        assertTrue(simulate.out().contains("line 1: field `amount` is given twice"),
                simulate.out());
    }

    @Test
    void evalAnswersEachInputLineOnItsOwnOutputLine() throws IOException {
        Path requests = file(text(SMALL), notUtf8(), text(""), text("x".repeat(200)), text(BIG),
                text(TWICE));
        Cli.Result result = Cli.run("eval", policy, "--requests", requests, "--threads", "1",
                "--max-line-bytes", "100");
        assertEquals(1, result.exit(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals(6, lines.size(), result.out());
        assertTrue(lines.get(0).contains("\"rule\":\"small\""), lines.get(0));
        assertEquals("{\"error\":{\"message\":\"not UTF-8 text\",\"field\":null}}", lines.get(1));
        assertEquals("", lines.get(2));
        assertEquals("{\"error\":{\"message\":\"the line is longer than 100 bytes and was not "
                + "read (see --max-line-bytes)\",\"field\":null}}", lines.get(3));
        assertTrue(lines.get(4).contains("\"rule\":\"otherwise\""), lines.get(4));
        assertEquals(DUPLICATE, lines.get(5));
    }

    @Test
    void simulateCountsBadLinesByTheirNumberAndDecidesTheRest() throws IOException {
        Path history = file(text(SMALL), text(""), notUtf8(), text("x".repeat(200)), text(BIG));
        Cli.Result result = Cli.run("simulate", policy, "--history", history, "--threads", "4",
                "--max-line-bytes", "100");
        assertEquals(1, result.exit(), result.err());
        assertTrue(result.out().contains(": 2 requests decided"), result.out());
        assertTrue(result.out().endsWith("2 invalid lines not decided:\n"
                + "  line 3: not UTF-8 text\n"
                + "  line 4: the line is longer than 100 bytes and was not read\n"), result.out());
    }

    @Test
    void theOutputIsTheSameForOneAndManyThreads() throws IOException {
        byte[][] lines = new byte[30_000][];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = i % 97 == 0 ? notUtf8() : i % 89 == 0 ? new byte[0]
                    : text(SMALL.replace("20.00", (i % 80) + "." + (i % 100)));
        }
        Path requests = file(lines);
        Cli.Result one = Cli.run("eval", policy, "--requests", requests, "--threads", "1");
        Cli.Result four = Cli.run("eval", policy, "--requests", requests, "--threads", "4");
        assertEquals(lines.length, one.out().lines().count());
        assertEquals(one.out(), four.out());
        assertEquals(one.exit(), four.exit());
        Cli.Result oneReport = Cli.run("simulate", policy, "--history", requests,
                "--threads", "1", "--format", "json");
        Cli.Result fourReport = Cli.run("simulate", policy, "--history", requests,
                "--threads", "4", "--format", "json");
        assertEquals(oneReport.out(), fourReport.out());
        assertTrue(oneReport.out().contains("\"invalid\":310,"), oneReport.out());
    }

    @Test
    void badStreamOptionsAreUsageErrors() throws IOException {
        Path requests = file(text(SMALL));
        Cli.Result threads = Cli.run("eval", policy, "--requests", requests, "--threads", "0");
        assertEquals(2, threads.exit());
        assertTrue(threads.err().contains("--threads must be 1 or more"), threads.err());
        Cli.Result cap = Cli.run("simulate", policy, "--history", requests,
                "--max-line-bytes", "0");
        assertEquals(2, cap.exit());
        assertTrue(cap.err().contains("--max-line-bytes must be 1 or more"), cap.err());
    }
}
