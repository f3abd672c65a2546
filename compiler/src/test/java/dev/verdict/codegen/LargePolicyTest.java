package dev.verdict.codegen;

import static dev.verdict.ast.CompareOp.GE;
import static dev.verdict.ast.CompareOp.LT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verdict.engine.Engine;
import dev.verdict.engine.Engines;
import dev.verdict.interp.Interpreter;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Rule;
import dev.verdict.ir.SettingPlan;
import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.RequestValues;
import dev.verdict.testing.Ir;
import dev.verdict.testing.RandomPolicies;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Policies of any size compile: methods stay well under the JVM's 64 KB and HotSpot's 8 KB
 * limits, whatever the number of rules, the size of one condition or the number of settings.
 */
class LargePolicyTest {

    @Test
    void aTenThousandRulePolicyCompilesAndDecides() {
        CheckedPolicy policy = SyntheticPolicy.build(10_000, 5);
        assertDecidesAsTheInterpreter(policy, Engines.create(policy, Engine.COMPILED), 3_000);
    }

    @Test
    void hugeConditionsAndManySettingsCompileAndDecide() {
        Random random = new Random(9);
        List<Expr> anyOf = new ArrayList<>();
        List<Expr> allOf = new ArrayList<>();
        List<SettingPlan.ConditionalValue> sets = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            anyOf.add(Ir.cmp("amount", GE, 1_000_000 + i));
            allOf.add(Ir.cmp("amount", LT, 10_000_000 - (i % 3_000)));
        }
        anyOf.add(Ir.cmp("amount", LT, 5_000));
        for (int i = 0; i < 800; i++) {
            sets.add(Ir.when(Ir.and(Ir.cmp("amount", GE, random.nextInt(20_000)), Ir.in("reason",
                    "size")),
                    Ir.days(i % 90)));
        }
        List<Rule> rules = List.of(
                Ir.rule("wide_or", 3, new Expr.Or(anyOf), Ir.outcome("approve_return_label")),
                Ir.rule("wide_and", 4, new Expr.And(allOf), Ir.outcome("manual_review")),
                Ir.rule("late", 5, Ir.cmp(Ir.f("since_delivery"), LT, Ir.returnWindow()),
                        Ir.outcome("reject", Ir.arg("outside_return_window"))));
        CheckedPolicy policy = Ir.policy("huge.policy", null, rules, null,
                Ir.plan(sets, null, null, List.of(Ir.cap(Ir.in("category", "jewelry"), GE,
                        Ir.days(7)))));
        assertDecidesAsTheInterpreter(policy, Engines.create(policy, Engine.COMPILED), 3_000);
    }

    private static void assertDecidesAsTheInterpreter(CheckedPolicy policy, Evaluator compiled,
            int requests) {
        Interpreter interpreter = new Interpreter(policy);
        RandomPolicies generator = new RandomPolicies(new Random(3));
        for (int i = 0; i < requests; i++) {
            RequestValues request = generator.request();
            assertEquals(interpreter.decide(request), compiled.decide(request), request::toString);
        }
    }
}
