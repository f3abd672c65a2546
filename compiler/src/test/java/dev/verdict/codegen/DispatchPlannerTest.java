package dev.verdict.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.ast.CompareOp;
import dev.verdict.codegen.DispatchPlanner.Bands;
import dev.verdict.codegen.DispatchPlanner.Leaf;
import dev.verdict.codegen.DispatchPlanner.Plan;
import dev.verdict.codegen.DispatchPlanner.Step;
import dev.verdict.codegen.DispatchPlanner.Table;
import dev.verdict.ir.Term;
import dev.verdict.schema.Field;
import dev.verdict.schema.Schema;
import dev.verdict.source.Schemas;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plan's shape is bounded by construction: one table jump on a combined ordinal, then at
 * most one binary search of a numeric field, then a list of rules; never more.
 */
class DispatchPlannerTest {

    private static final Schema SCHEMA = Schemas.aftersale();
    private static final Field REASON = SCHEMA.field("reason").orElseThrow();
    private static final Field CATEGORY = SCHEMA.field("category").orElseThrow();
    private static final Field AMOUNT = SCHEMA.field("amount").orElseThrow();
    private static final Field SINCE_DELIVERY = SCHEMA.field("since_delivery").orElseThrow();

    @Test
    void aHundredRulesJumpOnOneField() {
        Table top = assertInstanceOf(Table.class, plan(enumRules(100), List.of(REASON, CATEGORY)));
        assertEquals(List.of(REASON), top.fields());
        assertBounded(top);
    }

    @Test
    void aThousandRulesJumpOnceToAtMostTheAllowedPlans() {
        Table top = assertInstanceOf(Table.class, plan(enumRules(1_000),
                List.of(REASON, CATEGORY)));
        int cells = top.fields().stream().mapToInt(f -> f.type().values().size())
                .reduce(1, (a, b) -> a * b);
        assertEquals(cells, top.cells().size());
        assertTrue(top.plans().size() <= JavaGenerator.PLAN.maxPlans());
        assertBounded(top);
    }

    @Test
    void rulesThatDifferInAmountBandsAreSearched() {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            steps.add(new Step(i, Formula.all(List.of(compare(AMOUNT, CompareOp.GE, i * 100L),
                    compare(AMOUNT, CompareOp.LT, i * 100L + 250)))));
        }
        Bands bands = assertInstanceOf(Bands.class, plan(steps, List.of(AMOUNT)));
        assertNull(bands.absent());
        assertEquals(bands.bands().size() - 1, bands.bounds().size());
        assertBounded(bands);
        assertTrue(bands.bands().size() >= 32, () -> bands.bands().size() + " bands");
        for (Plan band : bands.bands()) {
            assertTrue(((Leaf) band).steps().size() <= 8, band::toString);
        }
    }

    @Test
    void anOptionalFieldHasABandForAbsence() {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            steps.add(new Step(i, compare(SINCE_DELIVERY, i % 2 == 0 ? CompareOp.GT
                    : CompareOp.LE, i * 1_440L)));
        }
        steps.add(new Step(60, Formula.presence(SINCE_DELIVERY, false)));
        Bands bands = assertInstanceOf(Bands.class, plan(steps, List.of(SINCE_DELIVERY)));
        Leaf absent = assertInstanceOf(Leaf.class, bands.absent());
        assertEquals(List.of(new Step(60, Formula.TRUE)), absent.steps());
        for (Plan band : bands.bands()) {
            assertTrue(((Leaf) band).steps().stream().allMatch(s -> s.rule() < 60),
                    band::toString);
        }
    }

    /** A table's plans are leaves or searches, a search's bands leaves. */
    private static void assertBounded(Plan plan) {
        List<Plan> below = plan instanceof Table table ? table.plans()
                : plan instanceof Bands bands ? bands.bands() : List.of();
        for (Plan next : below) {
            assertTrue(next instanceof Leaf || plan instanceof Table && next instanceof Bands,
                    () -> plan.getClass().getSimpleName() + " over " + next);
            assertBounded(next);
        }
    }

    private static Formula compare(Field field, CompareOp op, long value) {
        return new Formula.Compare(new Term.FieldTerm(field), op, new Term.Constant(value));
    }

    private static Plan plan(List<Step> steps, List<Field> fields) {
        return new DispatchPlanner(fields, JavaGenerator.PLAN).plan(steps);
    }

    /**
     * {@code rules} rules, each for one reason (i mod 14), two neighbouring categories spread
     * over all 28, and a condition the planner cannot see into.
     */
    private static List<Step> enumRules(int rules) {
        int reasons = REASON.type().values().size();
        int categories = CATEGORY.type().values().size();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < rules; i++) {
            steps.add(new Step(i, Formula.all(List.of(
                    Formula.in(REASON, 1L << i % reasons),
                    Formula.in(CATEGORY, 3L << (i * 5 + i / reasons) % (categories - 1)),
                    new Formula.Call("test" + i)))));
        }
        return steps;
    }
}
