package dev.verdict.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DispatchTableTest {

    private static final Path REPORT = Path.of("src/test/resources/dispatch/jmh-result.json");

    @Test
    void forkMeansAndSpreadComeFromTheRawIterations() throws Exception {
        List<ForkMeans> results = ForkMeans.read(REPORT);
        ForkMeans thousand = results.get(1);
        assertEquals("rules=1000", thousand.params());
        assertEquals(List.of(6.0, 8.0, 10.0), thousand.forks());
        assertEquals(10.0 / 6.0 - 1, thousand.spread(), 1e-12);
        assertEquals(0.002, thousand.bytesPerOp(), 1e-12);
        assertEquals(0, results.get(0).spread(), 1e-12);
        assertTrue(Double.isNaN(results.get(2).bytesPerOp()));
    }

    @Test
    void rowsGiveTheRatioToFourteenRulesAndJudgeTheTargets() throws Exception {
        String table = new DispatchTable(ForkMeans.read(REPORT), params -> "cost of " + params)
                .render();
        assertTrue(table.contains("| rules=14 | 4.00 ns | 4.00, 4.00, 4.00 | 0.0 % | 1.00× | "
                + "0.001 | spread ≤ 25 %, 3 forks, 0 B: met | cost of rules=14 |"), table);
        assertTrue(table.contains("| rules=1000 | 8.00 ns | 6.00, 8.00, 10.0 | 66.7 % | 2.00× "
                + "| 0.002 | ≤ 2×, spread ≤ 25 %, 3 forks, 0 B: MISSED |"), table);
        assertTrue(table.contains("| shape=AMOUNT_BANDS | 12.0 ns | 12.0 | 0.0 % | 3.00× | NaN "
                + "| ≤ 4×, spread ≤ 25 %, 3 forks, 0 B: MISSED |"), table);
    }
}
