package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {

    @TempDir
    Path dir;
    private Path policy;

    @BeforeEach
    void writePolicy() throws IOException {
        policy = Files.writeString(dir.resolve("p.policy"), """
                rule small: when reason = size and amount < 80 then approve_return_label
                when amount >= 80 then manual_review
                """);
    }

    @Test
    void showsEachRuleThenTheDecision() {
        Cli.Result result = Cli.run("explain", policy, "--request",
                "{\"request\":\"return_and_refund\",\"reason\":\"size\",\"amount\":\"95\"}");
        assertEquals(0, result.exit(), result.err());
        assertEquals("small (" + policy + ":1): not fired: `amount < 80.00 USD` is false "
                + "(amount = 95.00 USD)\n"
                + "rule@2 (" + policy + ":2): fired\n"
                + "decision: manual_review by rule@2 (line 2, policy)\n", result.out());
    }

    @Test
    void anInvalidRequestExitsOne() {
        Cli.Result result =
                Cli.run("explain", policy, "--request", "{\"request\":\"return_and_refund\"}");
        assertEquals(1, result.exit());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("error: invalid request: request lacks required field"),
                result.err());
    }

    @Test
    void refusesAPolicyWithErrors() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.policy"),
                "when amount < 5 then aprove_refund\n");
        Cli.Result result = Cli.run("explain", broken, "--request", "{}");
        assertEquals(1, result.exit());
        assertTrue(result.err().contains("error[E0204]"), result.err());
    }

    @Test
    void usageErrorsExitTwo() {
        Cli.Result result = Cli.run("explain", policy);
        assertEquals(2, result.exit());
        assertTrue(result.err().contains("Missing required option: '--request=JSON'"),
                result.err());
    }
}
