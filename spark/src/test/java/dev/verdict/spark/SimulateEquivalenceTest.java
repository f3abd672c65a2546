package dev.verdict.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.request.RequestFormat;
import dev.verdict.runtime.FieldSpec;
import dev.verdict.simulate.Simulation;
import dev.verdict.simulate.SimulationJson;
import dev.verdict.simulate.SimulationText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job's report equals {@code verdict simulate}'s, text and JSON, byte for byte: on
 * the example history, against a baseline with malformed lines, and from JSON Lines, Parquet
 * and CSV copies of one generated history.
 */
class SimulateEquivalenceTest {

    private static final Path POLICY = ExampleFiles.REFUNDS;
    private static final Path V2 = ExampleFiles.REFUNDS_V2;
    private static final Path HISTORY = ExampleFiles.REFUNDS_HISTORY;

    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theExampleHistoryGivesTheSameReport() throws IOException {
        assertSameReports(POLICY, null, HISTORY.toString());
    }

    @Test
    void aBaselineWithMalformedLinesGivesTheSameReport() throws IOException {
        String lines = Files.readString(HISTORY);
        Path history = dir.resolve("malformed.jsonl");
        Files.writeString(history, lines.replaceFirst("\n", "\nnot json\n\n")
                + "{\"request\":\"refund_only\"}\r\n" + lines.lines().findFirst().orElseThrow());
        Simulation spark = assertSameReports(V2, POLICY, history.toString());
        assertEquals(2, spark.invalid());
        assertEquals(2, spark.invalidLines().get(0).line());
        assertTrue(spark.comparison().changed() > 0);
    }

    @Test
    void jsonLinesParquetAndCsvGiveTheSameReport() throws IOException {
        List<FieldSpec> fields = RequestFormat.of(CompiledPolicy.of(POLICY).policy()).fields();
        Path jsonl = dir.resolve("generated.jsonl");
        Files.writeString(jsonl, Histories.generate(fields, 3000, 15));
        String parquet = dir.resolve("generated.parquet").toString();
        String csv = dir.resolve("generated.csv").toString();
        spark.conf().set("spark.sql.files.maxPartitionBytes", "131072");
        try {
            spark.read().json(jsonl.toString()).coalesce(1).write().parquet(parquet);
            spark.read().json(jsonl.toString()).coalesce(1).write().option("header", "true")
                    .csv(csv);
            String expected = rendered(assertSameReports(V2, POLICY, jsonl.toString()));
            assertEquals(expected,
                    rendered(report(V2, POLICY, parquet, HistoryFormat.PARQUET)));
            assertEquals(expected, rendered(report(V2, POLICY, csv, HistoryFormat.CSV)));
        } finally {
            spark.conf().set("spark.sql.files.maxPartitionBytes", "4096");
        }
    }

    @Test
    void aCsvRowWithTheWrongNumberOfValuesIsReportedWithItsNumber() throws IOException {
        Path csv = dir.resolve("short-row.csv");
        String row = "refund_only,damaged,98.00,home_supplies,delivered,2d,8.00,0,0\n";
        Files.writeString(csv, "request,reason,amount,category,order.status,since_delivery,"
                + "return_shipping_fee,buyer.refunds_30d,buyer.refund_total_30d\n"
                + row + "refund_only,damaged\n" + row);
        Simulation simulation = report(POLICY, null, csv.toString(), HistoryFormat.CSV);
        assertEquals(2, simulation.decided());
        assertEquals(List.of(new Simulation.InvalidLine(2, "the row does not have the 9 values "
                + "of the header: refund_only,damaged", null)), simulation.invalidLines());
    }

    /** Asserts the reports of both engines are equal, text and JSON; returns Spark's. */
    private static Simulation assertSameReports(Path policy, Path baseline, String history)
            throws IOException {
        Simulation local = LocalSimulation.of(policy, baseline, Path.of(history));
        Simulation distributed = report(policy, baseline, history, HistoryFormat.JSONL);
        assertEquals(rendered(local), rendered(distributed));
        return distributed;
    }

    /** The report as text, then as JSON. */
    static String rendered(Simulation simulation) {
        return SimulationText.render(simulation) + SimulationJson.render(simulation);
    }

    static Simulation report(SparkSession spark, Path policy, Path baseline, String history,
                             HistoryFormat format) {
        return SparkSimulation.of(CompiledPolicy.of(policy),
                baseline == null ? null : CompiledPolicy.of(baseline), 5,
                HistoryReplay.MAX_LINE_BYTES).run(spark,
                new HistoryReplay(history, format, Map.of(), 5, HistoryReplay.MAX_LINE_BYTES));
    }

    private static Simulation report(Path policy, Path baseline, String history,
                                     HistoryFormat format) {
        return report(spark, policy, baseline, history, format);
    }
}
