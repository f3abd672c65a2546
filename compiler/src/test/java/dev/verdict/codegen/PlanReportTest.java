package dev.verdict.codegen;

import static dev.verdict.codegen.PlanCostTest.AMOUNT;
import static dev.verdict.codegen.PlanCostTest.OPTIONS;
import static dev.verdict.codegen.PlanCostTest.REQUEST;
import static dev.verdict.codegen.PlanCostTest.SINCE_DELIVERY;
import static dev.verdict.codegen.PlanCostTest.leaf;
import static dev.verdict.codegen.PlanCostTest.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.codegen.DispatchPlanner.Bands;
import dev.verdict.codegen.DispatchPlanner.Table;
import dev.verdict.schema.Field;
import dev.verdict.source.Schemas;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What `verdict compile --plan` says of a plan: its shape in words, then its cost. */
class PlanReportTest {

    private static final Field REASON = Schemas.aftersale().field("reason").orElseThrow();

    @Test
    void aListSaysHowManyRulesAndLeavesOutJumpsItDoesNotMake() {
        PlanReport report = PlanReport.of(leaf(0, 5), OPTIONS);
        assertEquals("one list of 5 rules", report.shape());
        assertEquals(String.format(java.util.Locale.ROOT, "one list of 5 rules; per decision "
                + "5.0 rule tests (at most 5); 5 in the code; predicted %.1f ns",
                report.cost().nanos()), report.toString());
    }

    @Test
    void aTableNamesItsFieldsAndTheSearchesBelowIt() {
        Bands search = new Bands(List.of(), AMOUNT, List.of(10L), List.of(leaf(0, 1),
                leaf(1, 1)), null);
        Table table = new Table(steps(100, 3), List.of(REQUEST, REASON),
                List.of(0, 1, 1, 0), List.of(leaf(0, 2), search));
        PlanReport report = PlanReport.of(table, OPTIONS);
        assertEquals("3 rules tested first, then a jump on request × reason (4 cells, 2 targets),"
                + " then a search of amount in 1 of them", report.shape());
        assertTrue(report.toString().contains("; per decision 1.00 jumps, 0.50 comparisons, "),
                report.toString());
        assertTrue(report.toString().contains("; 7 in the code, in 3 lists of at most 3; "),
                report.toString());
    }

    @Test
    void aSearchCountsTheAbsentBandAmongItsBands() {
        Bands bands = new Bands(List.of(), SINCE_DELIVERY, List.of(10L, 20L),
                List.of(leaf(0, 1), leaf(1, 1), leaf(2, 1)), leaf(3, 1));
        assertEquals("a search of since_delivery (4 bands)", PlanReport.of(bands, OPTIONS)
                .shape());
    }
}
