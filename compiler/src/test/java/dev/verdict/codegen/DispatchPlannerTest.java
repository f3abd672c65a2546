package dev.verdict.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.verdict.codegen.DispatchPlanner.Plan;
import dev.verdict.codegen.DispatchPlanner.Split;
import dev.verdict.codegen.DispatchPlanner.Step;
import dev.verdict.schema.Field;
import dev.verdict.schema.Schema;
import dev.verdict.source.Schemas;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The planner weighs a switch by its targets: a switch on two fields at once, into hundreds of
 * branches, must save more rule tests than a switch on one field before it is chosen.
 */
class DispatchPlannerTest {

    private static final Schema SCHEMA = Schemas.aftersale();
    private static final Field REASON = SCHEMA.field("reason").orElseThrow();
    private static final Field CATEGORY = SCHEMA.field("category").orElseThrow();

    @Test
    void aHundredRulesSwitchOnOneFieldOnly() {
        Split top = assertInstanceOf(Split.class, plan(100));
        top.branches().forEach(b -> assertInstanceOf(DispatchPlanner.Leaf.class, b.plan()));
    }

    @Test
    void aThousandRulesSwitchOnBothFields() {
        Split top = assertInstanceOf(Split.class, plan(1_000));
        assertEquals(REASON, top.field());
        top.branches().forEach(b -> assertEquals(CATEGORY,
                assertInstanceOf(Split.class, b.plan()).field()));
    }

    /**
     * The plan of {@code rules} rules, each for one reason (i mod 14), two neighbouring
     * categories spread over all 28, and a condition the planner cannot see into.
     */
    private static Plan plan(int rules) {
        int reasons = REASON.type().values().size();
        int categories = CATEGORY.type().values().size();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < rules; i++) {
            steps.add(new Step(i, Formula.all(List.of(
                    Formula.in(REASON, 1L << i % reasons),
                    Formula.in(CATEGORY, 3L << (i * 5 + i / reasons) % (categories - 1)),
                    new Formula.Call("test" + i)))));
        }
        return new DispatchPlanner(List.of(REASON, CATEGORY), JavaGenerator.PLAN).plan(steps);
    }
}
