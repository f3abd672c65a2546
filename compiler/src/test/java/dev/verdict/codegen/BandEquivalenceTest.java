package dev.verdict.codegen;

import static dev.verdict.ast.CompareOp.GE;
import static dev.verdict.ast.CompareOp.GT;
import static dev.verdict.ast.CompareOp.LE;
import static dev.verdict.ast.CompareOp.LT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verdict.engine.Engine;
import dev.verdict.engine.Engines;
import dev.verdict.interp.Interpreter;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Rule;
import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Field;
import dev.verdict.testing.Ir;
import dev.verdict.testing.RandomPolicies;
import dev.verdict.testing.ReferencePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Policies the planner splits into numeric bands decide as the interpreter does at every bound,
 * one below and one above it, and with the optional field absent.
 */
class BandEquivalenceTest {

    @Test
    void amountBandsDecideAsTheInterpreterAtEveryBound() {
        Random random = new Random(11);
        List<Rule> rules = new ArrayList<>();
        TreeSet<Long> bounds = new TreeSet<>();
        for (int i = 0; i < 300; i++) {
            long low = 100L * random.nextInt(400);
            long high = low + 100L * (1 + random.nextInt(20));
            bounds.add(low);
            bounds.add(high);
            rules.add(Ir.rule("band_" + i, i + 2, Ir.and(Ir.cmp("amount", GE, low),
                    Ir.cmp("amount", LT, high)), Ir.outcome(i % 2 == 0 ? "manual_review"
                    : "approve_refund")));
        }
        assertAgreesAround(policy("bands.policy", rules), "amount", bounds);
    }

    @Test
    void optionalFieldBandsDecideAsTheInterpreterAtEveryBoundAndWhenAbsent() {
        Random random = new Random(12);
        List<Rule> rules = new ArrayList<>();
        TreeSet<Long> bounds = new TreeSet<>();
        for (int i = 0; i < 200; i++) {
            long days = Ir.days(1 + random.nextInt(90));
            long score = random.nextInt(101);
            bounds.add(days);
            rules.add(Ir.rule("optional_" + i, i + 2, i % 3 == 0
                    ? Ir.and(Ir.cmp("since_delivery", GT, days),
                            Ir.cmp("buyer.credit_score", LT, score))
                    : i % 3 == 1 ? Ir.cmp("since_delivery", LE, days)
                    : Ir.not(Ir.cmp("since_delivery", GE, days)), Ir.outcome("manual_review")));
        }
        rules.add(Ir.rule("absent", 300, Ir.not(Ir.present("since_delivery")),
                Ir.outcome("approve_refund")));
        assertAgreesAround(policy("optional.policy", rules), "since_delivery", bounds);
    }

    private static CheckedPolicy policy(String file, List<Rule> rules) {
        return Ir.policy(file, ReferencePolicy.build().profile(), rules,
                Ir.otherwise(rules.size() + 2, Ir.outcome("manual_review")),
                ReferencePolicy.build().settings().get(0));
    }

    /** Random requests with the field at each bound and one either side; absent when optional. */
    private static void assertAgreesAround(CheckedPolicy policy, String path,
            TreeSet<Long> bounds) {
        Evaluator compiled = Engines.create(policy, Engine.COMPILED);
        Interpreter interpreter = new Interpreter(policy);
        Field field = Ir.field(path);
        RandomPolicies generator = new RandomPolicies(new Random(5));
        List<Long> values = new ArrayList<>();
        for (long bound : bounds) {
            values.addAll(List.of(bound - 1, bound, bound + 1));
        }
        for (long value : values) {
            for (int i = 0; i < 4; i++) {
                RequestValues set = generator.request().toBuilder().set(field.index(), value)
                        .build();
                assertEquals(interpreter.decide(set), compiled.decide(set), set::toString);
                if (field.optional()) {
                    RequestValues absent = generator.request().toBuilder().clear(field.index())
                            .build();
                    assertEquals(interpreter.decide(absent), compiled.decide(absent),
                            absent::toString);
                }
            }
        }
    }
}
