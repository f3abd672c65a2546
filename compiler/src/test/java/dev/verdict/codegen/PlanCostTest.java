package dev.verdict.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verdict.codegen.DispatchPlanner.Bands;
import dev.verdict.codegen.DispatchPlanner.Leaf;
import dev.verdict.codegen.DispatchPlanner.Step;
import dev.verdict.codegen.DispatchPlanner.Table;
import dev.verdict.schema.Field;
import dev.verdict.source.Schemas;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cost model averages over equally likely cells and bands, and follows the written search. */
class PlanCostTest {

    static final DispatchPlanner.Options OPTIONS = JavaGenerator.PLAN;
    static final Field REQUEST = Schemas.aftersale().field("request").orElseThrow();
    static final Field AMOUNT = Schemas.aftersale().field("amount").orElseThrow();
    static final Field SINCE_DELIVERY =
            Schemas.aftersale().field("since_delivery").orElseThrow();

    @Test
    void aLeafCostsItsRules() {
        PlanCost cost = PlanCost.of(leaf(0, 5), OPTIONS);
        assertEquals(new PlanCost(0, 0, 5, 0, 5, 1, 5, 5, 5), cost);
    }

    @Test
    void aTableAveragesItsCellsAndAddsOneJump() {
        Table table = new Table(steps(100, 2), List.of(REQUEST), List.of(0, 0, 0, 1),
                List.of(leaf(0, 2), leaf(10, 10)));
        PlanCost cost = PlanCost.of(table, OPTIONS);
        assertEquals(1, cost.jumps());
        assertEquals(2 + (3 * 2 + 10) / 4.0, cost.ruleTests(), 1e-9);
        assertEquals(12, cost.worstRuleTests());
        assertEquals(2, cost.leaves());
        assertEquals(2 + 2 + 10, cost.copies());
        assertEquals(cost.ruleTests() + OPTIONS.switchCost(2), cost.units(), 1e-9);
        assertEquals(PlanCost.BASE_NS + PlanCost.UNIT_NS * cost.units()
                + PlanCost.COPY_NS * 14, cost.nanos(), 1e-9);
    }

    @Test
    void aSearchCountsTheComparisonsOfHalving() {
        Bands bands = new Bands(List.of(), AMOUNT, List.of(10L, 20L, 30L, 40L),
                List.of(leaf(0, 1), leaf(1, 1), leaf(2, 1), leaf(3, 1), leaf(4, 1)), null);
        PlanCost cost = PlanCost.of(bands, OPTIONS);
        // five bands split 2 + 3, then 1 + 1 and 1 + 2: depths 2, 2, 2, 3, 3
        assertEquals(12 / 5.0, cost.comparisons(), 1e-9);
        assertEquals(3, cost.worstComparisons());
        assertEquals(1, cost.ruleTests(), 1e-9);
        assertEquals(1 + OPTIONS.bandCost() * 12 / 5.0, cost.units(), 1e-9);
    }

    @Test
    void anAbsentBandIsOneComparisonAndAddsOneToEveryOther() {
        Bands bands = new Bands(List.of(), SINCE_DELIVERY, List.of(10L),
                List.of(leaf(0, 2), leaf(2, 2)), leaf(4, 5));
        PlanCost cost = PlanCost.of(bands, OPTIONS);
        assertEquals((2 + 2 + 1) / 3.0, cost.comparisons(), 1e-9);
        assertEquals(2, cost.worstComparisons());
        assertEquals((2 + 2 + 5) / 3.0, cost.ruleTests(), 1e-9);
        assertEquals(5, cost.largestLeaf());
    }

    static Leaf leaf(int first, int count) {
        return new Leaf(steps(first, count));
    }

    static List<Step> steps(int first, int count) {
        List<Step> steps = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            steps.add(new Step(i, new Formula.Call("test" + i)));
        }
        return steps;
    }
}
