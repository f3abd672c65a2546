package dev.verdict.bench.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTableTest {

    private static final Path REPORT = Path.of("src/test/resources/jmh-result.json");

    @Test
    void ratiosAreToTheHandWrittenTimeAndTheFastestPeer() throws Exception {
        String table = new ResultsTable(Measurement.read(REPORT)).render();
        assertTrue(table.contains(
                "| Verdict, generated evaluator | 5.00 ± 0.10 ns | 4.80 | 0 | 1.25× | 160× |"),
                table);
        assertTrue(table.contains("| Drools 10.2.0 (executable model) | 800 ± 20.0 ns | 800 "
                + "| 1,100 | 200× | 1.00× |"), table);
        assertTrue(table.contains("| 1,000 | 12.0 ± 0.50 ns (12.0), 0 B | 3.00× |"), table);
    }

    @Test
    void targetsAreJudgedOnTheGeneratedEvaluator() throws Exception {
        String table = new ResultsTable(Measurement.read(REPORT)).render();
        assertTrue(table.contains(
                "- generated ≤ 1.2× hand-written: 1.25× hand-written (fastest iterations: 1.23×)"
                        + " — MISSED"), table);
        assertTrue(table.contains(
                "- ≥ 20× faster than the fastest peer: 160× faster — met"), table);
        assertTrue(table.contains("- 0 B/decision: 0 B/decision — met"), table);
        assertTrue(table.contains(
                "- 1,000 rules ≤ 3× the 14-rule time: 3.00× the 14-rule time (fastest iterations:"
                        + " 3.00×) — met"), table);
    }

    @Test
    void readsScoresParametersAndAllocations() throws Exception {
        List<Measurement> results = Measurement.read(REPORT);
        Measurement scaling =
                results.stream().filter(m -> m.rules() == 1000).findFirst().orElseThrow();
        assertTrue(scaling.type().equals("ScalingBenchmark") && scaling.method().equals("generated")
                && scaling.score() == 12.0 && scaling.bytesPerOp() == 0.0, scaling.toString());
    }
}
