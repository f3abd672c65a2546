package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    private static final String SMALL =
            "{\"request\":\"return_and_refund\",\"reason\":\"size\",\"amount\":\"45.00\"}";
    private static final String LABEL = "{\"outcome\":\"approve_return_label\",\"args\":[],"
            + "\"obligations\":[],\"rule\":\"rule@2\",\"line\":2,\"source\":\"policy\"}";

    @TempDir
    Path dir;
    private Path policy;

    @BeforeEach
    void writePolicy() throws IOException {
        policy = Files.writeString(dir.resolve("p.policy"), "policy \"p\"\n"
                + "when reason = size and amount < 80 then approve_return_label\n");
    }

    private Path requests(String... lines) throws IOException {
        return Files.write(dir.resolve("r.jsonl"), List.of(lines));
    }

    @Test
    void decidesOneRequest() {
        Cli.Result result = Cli.run("eval", policy, "--request", SMALL);
        assertEquals(0, result.exit(), result.err());
        assertEquals(LABEL + "\n", result.out());
    }

    @Test
    void bothEnginesDecideAlike() throws IOException {
        Path file = requests(SMALL, "{\"request\":\"return_and_refund\",\"reason\":\"size\"}",
                "{\"request\":\"cancel\",\"reason\":\"size\",\"amount\":90}");
        Cli.Result compiled = Cli.run("--engine", "compiled", "eval", policy, "--requests", file);
        Cli.Result interpreted = Cli.run("--engine", "interpreted", "eval", policy, "--requests",
                file);
        assertEquals(1, compiled.exit());
        assertEquals(interpreted.out(), compiled.out());
        assertEquals(interpreted.exit(), compiled.exit());
        assertEquals(LABEL, compiled.out().lines().findFirst().orElseThrow());
    }

    @Test
    void anUnknownEngineIsAUsageError() {
        Cli.Result result = Cli.run("--engine", "jit", "eval", policy, "--request", SMALL);
        assertEquals(2, result.exit());
        assertTrue(result.err().contains("jit"), result.err());
    }

    @Test
    void refusesAPolicyWithAnalysisErrors() throws IOException {
        Path forbidden = Files.writeString(dir.resolve("f.policy"), "platform tiktok_us\n"
                + "when reason = damaged and amount < 50 then offer_partial_refund(20%)\n");
        Cli.Result result = Cli.run("eval", forbidden, "--request", SMALL);
        assertEquals(1, result.exit());
        assertTrue(result.err().contains("error[E0303]"), result.err());
        assertEquals("", result.out());
    }

    @Test
    void answersEveryInputLineOnTheSameOutputLine() throws IOException {
        Path file = requests(SMALL, "", "{\"request\":\"return_and_refund\",\"reason\":\"size\"}",
                "{not json", "{\"request\":\"cancel\",\"reason\":\"size\",\"amount\":90}");
        Cli.Result result = Cli.run("eval", policy, "--requests", file, "--format", "json");
        assertEquals(1, result.exit());
        List<String> lines = result.out().lines().toList();
        assertEquals(5, lines.size(), result.out());
        assertEquals(LABEL, lines.get(0));
        assertEquals("", lines.get(1), "a blank line is answered by an empty line");
        assertEquals("{\"error\":{\"message\":\"request lacks required field `amount`\","
                + "\"field\":\"amount\"}}", lines.get(2));
        assertEquals("{\"error\":{\"message\":\"malformed JSON at column 2: expected a key in "
                + "double quotes\",\"field\":null}}", lines.get(3));
        assertTrue(lines.get(4).contains("\"source\":\"default\""), lines.get(4));
    }

    @Test
    void humanFormatIsOneReadableLinePerRequest() throws IOException {
        Path file = requests(SMALL, "{\"request\":\"cancel\",\"reason\":\"size\"}");
        Cli.Result result = Cli.run("eval", policy, "--requests", file, "--format", "human");
        assertEquals(1, result.exit());
        assertEquals("approve_return_label by rule@2 (line 2, policy)\n"
                + "error: request lacks required field `amount`\n", result.out());
    }

    @Test
    void readsRequestsFromStandardInput() {
        InputStream stdin = System.in;
        try {
            byte[] two = (SMALL + "\n" + SMALL + "\n").getBytes(StandardCharsets.UTF_8);
            System.setIn(new ByteArrayInputStream(two));
            Cli.Result result = Cli.run("eval", policy, "--requests", "-");
            assertEquals(0, result.exit());
            assertEquals(LABEL + "\n" + LABEL + "\n", result.out());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void anEmptyRequestIsInvalid() {
        Cli.Result result = Cli.run("eval", policy, "--request", "  ");
        assertEquals(1, result.exit());
        assertEquals("{\"error\":{\"message\":\"malformed JSON: no text\",\"field\":null}}\n",
                result.out());
    }

    @Test
    void refusesAPolicyWithErrors() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.policy"),
                "when reasn = size then manual_review\n");
        Cli.Result result = Cli.run("eval", broken, "--request", SMALL);
        assertEquals(1, result.exit());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith(broken + ":1:6: error[E0201]: unknown field `reasn`"),
                result.err());
        assertTrue(result.err().endsWith("error: 1 error\n"), result.err());
    }

    @Test
    void ioErrorsExitTwo() {
        Path missing = dir.resolve("missing.policy");
        Cli.Result policyMissing = Cli.run("eval", missing, "--request", SMALL);
        assertEquals(2, policyMissing.exit());
        assertEquals("verdict: cannot read " + missing + ": no such file or directory\n",
                policyMissing.err());
        Path nowhere = dir.resolve("nowhere.jsonl");
        Cli.Result requestsMissing = Cli.run("eval", policy, "--requests", nowhere);
        assertEquals(2, requestsMissing.exit());
        assertEquals("verdict: cannot read " + nowhere + ": no such file or directory\n",
                requestsMissing.err());
    }

    @Test
    void needsExactlyOneWayToGiveRequests() throws IOException {
        Cli.Result none = Cli.run("eval", policy);
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("Missing required argument"), none.err());
        Path file = requests(SMALL);
        Cli.Result both = Cli.run("eval", policy, "--request", SMALL, "--requests", file);
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("mutually exclusive"), both.err());
    }
}
