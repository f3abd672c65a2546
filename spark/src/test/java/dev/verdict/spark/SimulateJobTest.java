package dev.verdict.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.simulate.SimulationJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job as {@code spark-submit} and {@code verdict simulate --engine spark} run it: its
 * arguments, output, Parquet decisions and exit codes.
 */
class SimulateJobTest {

    private static final String POLICY = ExampleFiles.REFUNDS.toString();
    private static final String HISTORY = ExampleFiles.REFUNDS_HISTORY.toString();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @Test
    void printsTheReportAndWritesTheDecisions() throws IOException {
        String decisions = dir.resolve("decisions.parquet").toString();
        int exit = run(POLICY, "--history", HISTORY, "--format", "json", "--master", "local[2]",
                "--decisions", decisions);
        assertEquals(0, exit, text(err));
        assertEquals(SimulationJson.render(LocalSimulation.of(Path.of(POLICY), null,
                Path.of(HISTORY))) + "\n", text(out));
        SparkSession spark = LocalSpark.start();
        try {
            assertEquals(40, spark.read().parquet(decisions)
                    .where("decision.outcome IS NOT NULL").count());
        } finally {
            spark.stop();
        }
    }

    @Test
    void aMissingHistoryIsAUsageError() {
        assertEquals(2, run(POLICY));
        assertTrue(text(err).startsWith("verdict: a policy and --history are required\n"
                + "usage: SimulateJob POLICY --history FILE"), text(err));
    }

    @Test
    void aPolicyWithErrorsIsReportedAndExitsOne() throws IOException {
        Path broken = dir.resolve("broken.policy");
        Files.writeString(broken, "policy \"Broken\"\nrule r: when amount < then approve_refund\n");
        assertEquals(1, run(broken.toString(), "--history", HISTORY));
        assertTrue(text(err).startsWith("verdict: policy " + broken + " has errors:\n"),
                text(err));
    }

    private int run(String... args) {
        return SimulateJob.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
