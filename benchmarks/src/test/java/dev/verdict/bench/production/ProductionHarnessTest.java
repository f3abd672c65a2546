package dev.verdict.bench.production;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The reload and service-load harnesses of docs/performance.md run, in short form, and print
 * their tables. No timing is asserted.
 */
class ProductionHarnessTest {

    @Test
    void theReloadHarnessMeasuresTheReferencePolicy() {
        String table = printed(() -> ReloadLatency.main(new String[] {"1", "14"}));
        assertTrue(table.matches("(?s).*\\| 14 \\| 1 \\| \\d+ ms \\(\\d+ ms - \\d+ ms\\) \\| "
                + "\\d+ ms \\| 100 ms \\|.*"), table);
    }

    @Test
    void theLoadHarnessMeasuresOneAndSixtyFourClients() {
        String table = printed(() -> ServiceLoad.main(new String[] {"1"}));
        assertTrue(table.matches("(?s).*\\| 1 \\| \\d+ \\| \\d+ µs \\| \\d+ µs \\|\n"
                + "\\| 64 \\| \\d+ \\| \\d+ µs \\| \\d+ µs \\|.*"), table);
    }

    private interface Harness {
        void run() throws Exception;
    }

    private static String printed(Harness harness) {
        PrintStream console = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertTimeoutPreemptively(Duration.ofMinutes(3), harness::run);
        } finally {
            System.setOut(console);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
