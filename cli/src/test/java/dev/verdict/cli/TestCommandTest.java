package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {

    private static final String POLICY = """
            policy "with tests"
            when reason = size and amount < 80 then approve_return_label

            test defaults: request = return_and_refund, reason = size, amount = 20

            test "small":
              expect approve_return_label by "rule@2"
            """;
    private static final String WRONG = """

            test "wrong on purpose":
              given amount = 500
              expect approve_return_label
            """;

    @TempDir
    Path dir;

    @Test
    void passingTestsPrintOnlyTheSummary() throws IOException {
        Cli.Result result = Cli.run("test", Cli.write(dir, "a.policy", POLICY));
        assertEquals(0, result.exit(), result.err());
        assertEquals("1 passed, 0 failed\n", result.out());
    }

    @Test
    void failuresNameTheFileLineAndWhatHappened() throws IOException {
        Path file = Cli.write(dir, "a.policy", POLICY + WRONG);
        Cli.Result result = Cli.run("test", file);
        assertEquals(1, result.exit());
        assertEquals(file + ":9: test \"wrong on purpose\" failed: "
                + "expected `approve_return_label`, got `manual_review` from `default`\n"
                + "1 passed, 1 failed\n", result.out());
    }

    @Test
    void directoriesAddUp() throws IOException {
        Cli.write(dir, "a.policy", POLICY);
        Cli.write(dir, "sub/b.policy", POLICY + WRONG);
        Cli.Result result = Cli.run("test", dir);
        assertEquals(1, result.exit());
        assertTrue(result.out().endsWith("\n2 passed, 1 failed\n"), result.out());
    }

    @Test
    void aPolicyWithErrorsFailsWithItsDiagnostics() throws IOException {
        Path broken = Cli.write(dir, "broken.policy", "when reasn = size then manual_review\n");
        Cli.write(dir, "good.policy", POLICY);
        Cli.Result result = Cli.run("test", dir);
        assertEquals(1, result.exit());
        assertTrue(result.err().startsWith(broken + ":1:6: error[E0201]"), result.err());
        assertEquals("1 passed, 0 failed\n", result.out());
    }

    @Test
    void missingPathsExitTwo() {
        Path missing = dir.resolve("missing.policy");
        Cli.Result result = Cli.run("test", missing);
        assertEquals(2, result.exit());
        assertEquals("verdict: cannot read " + missing + ": no such file or directory\n",
                result.err());
        assertEquals("0 passed, 0 failed\n", result.out());
        assertEquals(2, Cli.run("test").exit());
    }
}
