package dev.verdict.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.engine.Engines;
import dev.verdict.request.RequestFormat;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.Obligation;
import dev.verdict.runtime.RequestReader;
import dev.verdict.runtime.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Verdict#decide} and the SQL function decide as {@code verdict eval} does, with the
 * same fields; a column mapping renames columns and names a missing or mistyped one.
 */
class DecideTest {

    private static final Path POLICY = ExampleFiles.REFUNDS;
    private static final Path HISTORY = ExampleFiles.REFUNDS_HISTORY;
    private static final Path SALE = Path.of("../examples/scenarios/black_friday");

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void decidesEveryRowAsEvalDoes() throws IOException {
        List<Row> rows = Verdict.decide(POLICY).apply(history()).collectAsList();
        assertEquals(expected(), rows.stream().map(row -> json(row.getStruct(
                row.fieldIndex(Decide.COLUMN)))).toList());
        String version = rows.get(0).getStruct(rows.get(0).fieldIndex(Decide.COLUMN))
                .getString(6);
        assertTrue(version.startsWith("sha256:"), version);
    }

    @Test
    void theSqlFunctionDecidesAStructOfTheRow() throws IOException {
        Verdict.register(spark, "refunds", POLICY);
        history().createOrReplaceTempView("history");
        List<Row> rows = spark.sql("SELECT verdict_decide('refunds', struct(*)) FROM history")
                .collectAsList();
        assertEquals(expected(), rows.stream().map(row -> json(row.getStruct(0))).toList());
    }

    @Test
    void aRowThatIsNoValidRequestGetsAnError() {
        Dataset<Row> requests = history().limit(1)
                .withColumn("reason", functions.lit("boredom"));
        Row decision = Verdict.decide(POLICY).apply(requests).collectAsList().get(0)
                .getStruct(requests.columns().length);
        assertNull(decision.get(0));
        assertEquals("reason", decision.getStruct(7).getString(1));
        assertTrue(decision.getStruct(7).getString(0).contains("boredom"),
                decision.getStruct(7).getString(0));
    }

    @Test
    void aColumnMappingReadsAFieldFromAnotherColumn() throws IOException {
        Dataset<Row> renamed = history().withColumnRenamed("amount", "asked");
        List<Row> rows = Verdict.decide(POLICY).withColumns(Map.of("amount", "asked"))
                .apply(renamed).collectAsList();
        assertEquals(expected(), rows.stream().map(row -> json(row.getStruct(
                row.fieldIndex(Decide.COLUMN)))).toList());
    }

    @Test
    void aMissingColumnIsNamedWithTheTypeExpected() {
        VerdictSparkException missing = assertThrows(VerdictSparkException.class,
                () -> Verdict.decide(POLICY).apply(history().drop("amount")));
        assertEquals("the history has no column `amount` for the required field `amount` "
                + "(text such as \"12.50\", a decimal or a whole number); help: add the column, "
                + "or map the field to another one (`amount=COLUMN`)", missing.getMessage());
    }

    @Test
    void aMistypedColumnIsNamedWithItsTypeAndTheTypeExpected() {
        Dataset<Row> doubles = history().withColumn("amount",
                functions.col("amount").cast("double"));
        VerdictSparkException mistyped = assertThrows(VerdictSparkException.class,
                () -> Verdict.decide(POLICY).apply(doubles));
        assertEquals("column `amount` has type double, which cannot carry field `amount`; "
                + "expected text such as \"12.50\", a decimal or a whole number",
                mistyped.getMessage());
    }

    @Test
    void timestampAndDateColumnsDecideAsTheirText() throws IOException {
        Path policy = SALE.resolve("black_friday.policy");
        Path requests = SALE.resolve("requests.jsonl");
        Dataset<Row> text = spark.read().json(requests.toString());
        Dataset<Row> typed = text.withColumn("decided_at",
                functions.to_timestamp(functions.col("decided_at"),
                        "yyyy-MM-dd'T'HH:mmXXX"));
        for (Dataset<Row> history : List.of(text, typed)) {
            List<Row> rows = Verdict.decide(policy).apply(history).collectAsList();
            assertEquals(expected(policy, requests), rows.stream().map(row -> json(
                    row.getStruct(row.fieldIndex(Decide.COLUMN)))).toList());
        }
    }

    private static Dataset<Row> history() {
        return spark.read().json(HISTORY.toString());
    }

    /** What {@code verdict eval} decides on each line: the decisions as JSON. */
    private static List<String> expected() throws IOException {
        return expected(POLICY, HISTORY);
    }

    private static List<String> expected(Path policyFile, Path history) throws IOException {
        CompiledPolicy policy = CompiledPolicy.of(policyFile);
        Evaluator evaluator = Engines.compile(List.of(policy.policy())).get(0);
        RequestReader reader = RequestFormat.of(policy.policy()).reader();
        return Files.readAllLines(history).stream()
                .map(line -> evaluator.decide(reader.read(line)).toJson()).toList();
    }

    /** A decision row as {@code verdict eval} prints the decision. */
    private static String json(Row decision) {
        List<Row> obligations = decision.getList(2);
        return new Decision(decision.getString(0), decision.getList(1),
                obligations.stream().map(o -> new Obligation(o.getString(0),
                        o.<String>getList(1))).toList(),
                decision.getString(3), decision.isNullAt(4) ? null : decision.getInt(4),
                Source.valueOf(decision.getString(5).toUpperCase(Locale.ROOT))).toJson();
    }
}
