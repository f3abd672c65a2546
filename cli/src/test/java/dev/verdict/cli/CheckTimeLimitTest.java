package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --time-limit}: past it, no more files are checked and no more printed. */
class CheckTimeLimitTest {

    private static final String TYPO = "platform tiktok_us\nwhen reasn = size then manual_review\n";

    @TempDir
    Path dir;

    @Test
    void aTinyLimitCutsTheOutputAndSaysHowToRaiseIt() throws IOException {
        Cli.write(dir, "a.policy", TYPO);
        Cli.write(dir, "b.policy", TYPO);
        Cli.Result result = Cli.run("check", "--time-limit", "0", dir);
        assertEquals(1, result.exit(), result.out());
        assertEquals("", result.out());
        assertEquals("verdict: output cut: `check` reached its time limit of 0 s after checking 0 "
                + "of 2 files and printing 0 of 0 diagnostics; raise the limit with "
                + "`--time-limit SECONDS`\n", result.err());
    }

    @Test
    void withinTheLimitNothingIsCut() throws IOException {
        Cli.write(dir, "a.policy", TYPO);
        Cli.Result result = Cli.run("check", "--time-limit", "120", "--format", "json", dir);
        assertEquals(1, result.exit(), result.err());
        assertTrue(result.out().contains("E0201"), result.out());
        assertEquals("", result.err());
    }

    @Test
    void aNegativeLimitIsAUsageError() throws IOException {
        Path file = Cli.write(dir, "a.policy", TYPO);
        Cli.Result result = Cli.run("check", "--time-limit", "-1", file);
        assertEquals(2, result.exit());
        assertTrue(result.err().contains("--time-limit must be between 0"), result.err());
    }
}
