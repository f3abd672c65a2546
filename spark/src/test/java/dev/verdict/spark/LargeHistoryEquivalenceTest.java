package dev.verdict.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verdict.request.RequestFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The equivalence at size ({@code -Pslow}): on a generated history of 10^6 requests, read as
 * JSON Lines and as Parquet, the Spark job's report against a baseline equals
 * {@code verdict simulate}'s.
 */
@Tag("slow")
class LargeHistoryEquivalenceTest {

    private static final Path POLICY = ExampleFiles.REFUNDS;
    private static final Path V2 = ExampleFiles.REFUNDS_V2;

    @TempDir
    Path dir;

    @Test
    void aMillionRequestsGiveTheSameReport() throws IOException {
        String block = Histories.generate(RequestFormat.of(CompiledPolicy.of(POLICY).policy())
                .fields(), 100_000, 7);
        Path jsonl = dir.resolve("million.jsonl");
        Files.writeString(jsonl, block.repeat(10));
        String expected = SimulateEquivalenceTest.rendered(LocalSimulation.of(V2, POLICY, jsonl));
        SparkSession spark = SparkSession.builder().master("local[2]")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            String parquet = dir.resolve("million.parquet").toString();
            spark.read().json(jsonl.toString()).coalesce(1).write().parquet(parquet);
            assertEquals(expected, SimulateEquivalenceTest.rendered(SimulateEquivalenceTest
                    .report(spark, V2, POLICY, jsonl.toString(), HistoryFormat.JSONL)));
            assertEquals(expected, SimulateEquivalenceTest.rendered(SimulateEquivalenceTest
                    .report(spark, V2, POLICY, parquet, HistoryFormat.PARQUET)));
        } finally {
            spark.stop();
        }
    }
}
