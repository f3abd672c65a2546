package dev.verdict.interp;

import static dev.verdict.ast.CompareOp.LT;
import static dev.verdict.testing.Ir.and;
import static dev.verdict.testing.Ir.arg;
import static dev.verdict.testing.Ir.cmp;
import static dev.verdict.testing.Ir.in;
import static dev.verdict.testing.Ir.outcome;
import static dev.verdict.testing.Ir.request;
import static dev.verdict.testing.Ir.rule;
import static dev.verdict.testing.Ir.test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.TestCase;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.RequestValues;
import dev.verdict.runtime.Source;
import dev.verdict.testing.Ir;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestRunnerTest {

    private static final CheckedPolicy POLICY = Ir.policy()
            .rule(rule("rule@2", 2, and(in("reason", "size"), cmp("amount", LT, 8000)),
                    outcome("approve_return_label")))
            .rule(rule("small_damage", 3, and(in("reason", "damaged"), cmp("amount", LT, 2000)),
                    outcome("offer_partial_refund", arg("30%"))))
            .build();
    private static final TestRunner RUNNER = new TestRunner(new Interpreter(POLICY));

    private static RequestValues returnOf(String reason, long amount) {
        return request("request", "return_and_refund", "reason", reason, "amount", amount);
    }

    private static String failure(TestCase test) {
        return RUNNER.run(test).failure();
    }

    @Test
    void passesWhenTheOutcomeMatches() {
        RequestValues small = returnOf("size", 5000);
        TestResult result = RUNNER.run(test("small", small, "approve_return_label", null, null));
        assertTrue(result.passed());
        assertNull(result.failure());
        assertEquals("rule@2", result.decision().rule());
    }

    @Test
    void saysWhatWasExpectedAndWhatCameOut() {
        assertEquals("expected `approve_return_label`, got `manual_review` from `default`",
                failure(test("big", returnOf("size", 50000), "approve_return_label", null, null)));
        assertEquals("expected `approve_refund`, got `offer_partial_refund(30%)` "
                + "from `small_damage`",
                failure(test("damage", returnOf("damaged", 1000), "approve_refund", null, null)));
    }

    @Test
    void comparesArgumentsOnlyWhenTheTestGivesThem() {
        RequestValues damage = returnOf("damaged", 1000);
        assertNull(failure(test("any args", damage, "offer_partial_refund", null, null)));
        List<String> thirty = List.of("30%");
        assertNull(failure(test("same args", damage, "offer_partial_refund", thirty, null)));
        assertEquals("expected `offer_partial_refund(20%)`, got `offer_partial_refund(30%)` "
                + "from `small_damage`",
                failure(test("other args", damage, "offer_partial_refund", List.of("20%"), null)));
    }

    @Test
    void comparesTheDecidingRuleOnlyWhenTheTestNamesIt() {
        RequestValues small = returnOf("size", 5000);
        assertNull(failure(test("by", small, "approve_return_label", null, "rule@2")));
        assertEquals("expected `approve_return_label` by `rule@12`, decided by `rule@2`",
                failure(test("by other", small, "approve_return_label", null, "rule@12")));
        RequestValues big = returnOf("size", 90000);
        assertEquals("expected `manual_review` by `rule@2`, decided by `default`",
                failure(test("by fallback", big, "manual_review", null, "rule@2")));
        assertEquals("expected `manual_review` by `x`, got `approve_return_label` from `rule@2`",
                failure(test("both wrong", small, "manual_review", null, "x")));
    }

    @Test
    void runsEveryTestWithAnyEvaluatorAndSumsUp() {
        Decision always = new Decision("approve_return_label", List.of(), List.of(), "stub", 1,
                Source.POLICY);
        List<TestCase> tests = List.of(
                test("a", returnOf("size", 5000), "approve_return_label", null, null),
                test("b", returnOf("size", 5000), "manual_review", null, null),
                test("c", returnOf("size", 5000), "approve_return_label", null, "stub"));
        TestReport report = new TestRunner(request -> always).run(tests);
        assertEquals(List.of(true, false, true),
                report.results().stream().map(TestResult::passed).toList());
        assertSame(tests.get(1), report.results().get(1).test());
        assertEquals(2, report.passed());
        assertEquals(1, report.failed());
        assertFalse(report.allPassed());
        assertEquals("2 passed, 1 failed", report.summary());
        assertEquals("0 passed, 0 failed", RUNNER.run(List.of()).summary());
        assertTrue(RUNNER.run(List.of()).allPassed());
    }
}
