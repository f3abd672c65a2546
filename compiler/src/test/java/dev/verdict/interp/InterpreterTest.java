package dev.verdict.interp;

import static dev.verdict.ast.CompareOp.GE;
import static dev.verdict.ast.CompareOp.GT;
import static dev.verdict.ast.CompareOp.LE;
import static dev.verdict.ast.CompareOp.LT;
import static dev.verdict.testing.Ir.and;
import static dev.verdict.testing.Ir.arg;
import static dev.verdict.testing.Ir.cap;
import static dev.verdict.testing.Ir.cmp;
import static dev.verdict.testing.Ir.days;
import static dev.verdict.testing.Ir.f;
import static dev.verdict.testing.Ir.guard;
import static dev.verdict.testing.Ir.in;
import static dev.verdict.testing.Ir.not;
import static dev.verdict.testing.Ir.obligation;
import static dev.verdict.testing.Ir.or;
import static dev.verdict.testing.Ir.outcome;
import static dev.verdict.testing.Ir.policy;
import static dev.verdict.testing.Ir.present;
import static dev.verdict.testing.Ir.request;
import static dev.verdict.testing.Ir.returnWindow;
import static dev.verdict.testing.Ir.rule;
import static dev.verdict.testing.Ir.value;
import static dev.verdict.testing.Ir.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import dev.verdict.ir.Cap;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Rule;
import dev.verdict.ir.SettingPlan;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Obligation;
import dev.verdict.runtime.RequestValues;
import dev.verdict.runtime.Source;
import dev.verdict.testing.Ir;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class InterpreterTest {

    private static final Rule SIZE_LABEL = rule("size_label", 3,
            and(in("reason", "size"), cmp("amount", LT, 8000)), outcome("approve_return_label"));
    private static final Rule OUTSIDE_WINDOW = guard("Outside the return window", 7,
            cmp(f("since_delivery"), GT, returnWindow()),
            outcome("reject", arg("outside_return_window")));

    /** A size return of 50.00 USD, with more fields or other values. */
    private static RequestValues returnOf(Object... more) {
        List<Object> fields = new ArrayList<>(
                List.of("request", "return_and_refund", "reason", "size", "amount", 5000));
        fields.addAll(List.of(more));
        return request(fields.toArray());
    }

    private static String decider(Interpreter interpreter, RequestValues request) {
        Decision decision = interpreter.decide(request);
        return decision.rule() == null ? decision.source().word() : decision.rule();
    }

    private static SettingPlan plan(List<SettingPlan.ConditionalValue> conditional,
                                    Long unconditional, Long profileDefault, Cap... caps) {
        return new SettingPlan(Ir.RETURN_WINDOW, conditional,
                unconditional == null ? null : value(unconditional),
                profileDefault == null ? null : value(profileDefault), List.of(caps));
    }

    private static OptionalLong windowOf(Interpreter interpreter, Object... fields) {
        return interpreter.settingValue(Ir.RETURN_WINDOW, request(fields));
    }

    @Test
    void guardsComeBeforeTheRules() {
        Interpreter interpreter = new Interpreter(policy().guard(OUTSIDE_WINDOW).rule(SIZE_LABEL)
                .returnWindow(plan(List.of(), null, days(30))).build());
        Decision late = interpreter.decide(returnOf("since_delivery", days(31)));
        assertEquals(new Decision("reject", List.of("outside_return_window"), List.of(),
                "Outside the return window", 7, Source.PLATFORM), late);
        assertEquals("size_label", decider(interpreter, returnOf("since_delivery", days(30))));
        assertEquals("size_label", decider(interpreter, returnOf()), "no since_delivery: unknown");
    }

    @Test
    void theFirstRuleThatFiresDecides() {
        Rule small = rule("small", 5, cmp("amount", LT, 2000), outcome("approve_refund"));
        Interpreter interpreter = new Interpreter(policy().rule(SIZE_LABEL).rule(small).build());
        assertEquals("size_label", decider(interpreter, returnOf("amount", 1000)));
        assertEquals("small", decider(interpreter, returnOf("amount", 1000, "reason", "damaged")));
        assertEquals(3, interpreter.decide(returnOf()).line());
        assertEquals(Source.POLICY, interpreter.decide(returnOf()).source());
    }

    @Test
    void anOutcomeOnlyDecidesTheRequestsItAppliesTo() {
        Interpreter interpreter = new Interpreter(policy().rule(SIZE_LABEL).build());
        assertEquals("default", decider(interpreter, returnOf("request", "cancel")));
        assertEquals("default", decider(interpreter, returnOf("request", "refund_only")));
    }

    @Test
    void otherwiseDecidesWhatNoRuleDoes() {
        Interpreter interpreter = new Interpreter(policy().rule(SIZE_LABEL)
                .otherwise(Ir.otherwise(9, outcome("reject", arg("not_eligible")))).build());
        assertEquals(new Decision("reject", List.of("not_eligible"), List.of(), "otherwise", 9,
                Source.POLICY), interpreter.decide(returnOf("amount", 9000)));
    }

    @Test
    void withoutOtherwiseTheFallbackIsManualReview() {
        Interpreter interpreter = new Interpreter(policy().rule(SIZE_LABEL).build());
        Decision fallback = interpreter.decide(returnOf("amount", 9000));
        assertEquals(new Decision("manual_review", List.of(), List.of(), null, null,
                Source.DEFAULT), fallback);
        assertEquals("{\"outcome\":\"manual_review\",\"args\":[],\"obligations\":[],\"rule\":null,"
                + "\"line\":null,\"source\":\"default\"}", fallback.toJson());
    }

    @Test
    void decisionsCarryArgumentsAndObligationsAsText() {
        Rule smallDamage = rule("small_damage", 2, in("reason", "damaged"),
                outcome("offer_partial_refund", arg("30%")),
                obligation("issue_coupon", arg("5.00 USD")),
                obligation("tag", arg("damage-small")));
        Decision decision = new Interpreter(policy().rule(smallDamage).build())
                .decide(returnOf("reason", "damaged"));
        assertEquals(List.of("30%"), decision.args());
        assertEquals(List.of(new Obligation("issue_coupon", List.of("5.00 USD")),
                new Obligation("tag", List.of("damage-small"))), decision.obligations());
    }

    @Test
    void decisionsArePreallocated() {
        Interpreter interpreter = new Interpreter(policy().rule(SIZE_LABEL).build());
        assertSame(interpreter.decide(returnOf()), interpreter.decide(returnOf("amount", 10)));
        assertSame(interpreter.decide(returnOf("amount", 9000)),
                interpreter.decide(returnOf("amount", 9999)));
    }

    @Test
    void anAbsentFieldMakesAComparisonUnknownAndOnlyTrueFires() {
        Expr lowScore = cmp("buyer.credit_score", LT, 85);
        Interpreter interpreter = new Interpreter(policy()
                .rule(rule("risky", 1, cmp("buyer.credit_score", LT, 60), outcome("manual_review")))
                .rule(rule("trusted", 2, and(not(lowScore), cmp("amount", LT, 10000)),
                        outcome("approve_return_label")))
                .rule(rule("unknown_score", 3,
                        and(not(present("buyer.credit_score")), cmp("amount", LT, 3000)),
                        outcome("approve_return_label")))
                .rule(rule("either", 4,
                        or(cmp("buyer.credit_score", GE, 95), cmp("amount", LT, 500)),
                        outcome("approve_refund")))
                .build());
        assertEquals("risky", decider(interpreter, returnOf("buyer.credit_score", 50)));
        assertEquals("unknown_score", decider(interpreter, returnOf("amount", 1000)));
        assertEquals("default", decider(interpreter, returnOf("amount", 4000)));
        assertEquals("either", decider(interpreter,
                returnOf("request", "refund_only", "amount", 400)));
        assertEquals("trusted", decider(interpreter, returnOf("buyer.credit_score", 90)));
        assertEquals("default", decider(interpreter, returnOf("buyer.credit_score", 70)));
        assertEquals("either", decider(interpreter,
                returnOf("request", "refund_only", "amount", 500000, "buyer.credit_score", 97)));
    }

    @Test
    void anAbsentEnumFieldIsUnknownToMembership() {
        Interpreter interpreter = new Interpreter(policy().build());
        RequestValues noCategory = returnOf();
        assertEquals(Truth.UNKNOWN, interpreter.truth(in("category", "jewelry"), noCategory));
        assertEquals(Truth.UNKNOWN, interpreter.truth(not(in("category", "jewelry")), noCategory));
        assertEquals(Truth.TRUE, interpreter.truth(in("reason", "size", "damaged"), noCategory));
        assertEquals(Truth.FALSE, interpreter.truth(present("category"), noCategory));
    }

    @Test
    void comparesTwoFields() {
        Rule shipping = rule("shipping", 2, and(cmp(f("return_shipping_fee"), GT, f("amount")),
                cmp("amount", LT, 2500)), outcome("approve_refund"));
        Interpreter interpreter = new Interpreter(policy().rule(shipping).build());
        assertEquals("shipping", decider(interpreter,
                returnOf("amount", 1000, "return_shipping_fee", 1200)));
        assertEquals("default", decider(interpreter,
                returnOf("amount", 1000, "return_shipping_fee", 1000)));
        assertEquals("default", decider(interpreter, returnOf("amount", 1000)));
    }

    @Test
    void aSettingTakesTheFirstTrueConditionalValue() {
        SettingPlan plan = plan(List.of(when(in("category", "womenswear"), days(45)),
                when(cmp("amount", GT, 10000), days(90))), days(14), days(30));
        Interpreter interpreter = new Interpreter(policy().returnWindow(plan).build());
        assertEquals(OptionalLong.of(days(45)),
                windowOf(interpreter, "category", "womenswear", "amount", 20000));
        assertEquals(OptionalLong.of(days(90)),
                windowOf(interpreter, "category", "beauty", "amount", 20000));
        assertEquals(OptionalLong.of(days(14)),
                windowOf(interpreter, "category", "beauty", "amount", 100));
        assertEquals(OptionalLong.of(days(14)), windowOf(interpreter, "amount", 100),
                "an unknown condition does not pick its value");
    }

    @Test
    void aSettingFallsBackToTheProfileDefaultAndElseHasNoValue() {
        var womenswear = List.of(when(in("category", "womenswear"), days(45)));
        Interpreter withDefault =
                new Interpreter(policy().returnWindow(plan(womenswear, null, days(30))).build());
        assertEquals(OptionalLong.of(days(30)), windowOf(withDefault, "category", "beauty"));
        Interpreter without =
                new Interpreter(policy().returnWindow(plan(womenswear, null, null)).build());
        assertEquals(OptionalLong.of(days(45)), windowOf(without, "category", "womenswear"));
        assertEquals(OptionalLong.empty(), windowOf(without, "category", "beauty"));
    }

    @Test
    void comparingWithASettingThatHasNoValueIsUnknown() {
        Expr late = cmp(f("since_delivery"), GT, returnWindow());
        Interpreter interpreter = new Interpreter(policy()
                .rule(rule("late", 2, late, outcome("reject", arg("outside_return_window"))))
                .rule(rule("in_time", 3, not(late), outcome("approve_return_label")))
                .build());
        assertEquals("default", decider(interpreter, returnOf("since_delivery", days(400))));
        Expr nonNegative = cmp(returnWindow(), GE, Ir.c(0));
        assertEquals(Truth.UNKNOWN, interpreter.truth(nonNegative, returnOf()));
    }

    @Test
    void capsClampWhereTheirConditionIsTrue() {
        SettingPlan plan = plan(List.of(), days(30), days(30),
                cap(Expr.TRUE, LE, days(60)), cap(in("category", "jewelry"), LE, days(7)),
                cap(in("category", "beauty"), LT, days(10)),
                cap(in("category", "shoes"), GE, days(45)));
        Interpreter interpreter = new Interpreter(policy().returnWindow(plan).build());
        assertEquals(OptionalLong.of(days(7)), windowOf(interpreter, "category", "jewelry"));
        assertEquals(OptionalLong.of(days(10) - 1), windowOf(interpreter, "category", "beauty"));
        assertEquals(OptionalLong.of(days(45)), windowOf(interpreter, "category", "shoes"));
        assertEquals(OptionalLong.of(days(30)), windowOf(interpreter, "category", "womenswear"));
        assertEquals(OptionalLong.of(days(30)), windowOf(interpreter),
                "an unknown cap condition does not cap");
        SettingPlan wide = plan(List.of(), days(90), null,
                cap(Expr.TRUE, LE, days(60)), cap(in("category", "jewelry"), LE, days(7)));
        Interpreter capped = new Interpreter(policy().returnWindow(wide).build());
        assertEquals(OptionalLong.of(days(60)), windowOf(capped, "category", "beauty"));
        assertEquals(OptionalLong.of(days(7)), windowOf(capped, "category", "jewelry"));
    }

    @Test
    void rulesCompareWithTheCappedSetting() {
        SettingPlan plan = plan(List.of(), days(30), null,
                cap(in("category", "jewelry"), LE, days(7)));
        Interpreter interpreter = new Interpreter(policy().guard(OUTSIDE_WINDOW).rule(SIZE_LABEL)
                .returnWindow(plan).build());
        assertEquals("Outside the return window", decider(interpreter,
                returnOf("category", "jewelry", "since_delivery", days(10))));
        assertEquals("size_label", decider(interpreter,
                returnOf("category", "womenswear", "since_delivery", days(10))));
    }

    @Test
    void decidingAllocatesNothing() {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof ThreadMXBean);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported());
        SettingPlan plan = plan(List.of(when(in("category", "shoes"), days(45))), days(30), null,
                cap(in("category", "jewelry"), LE, days(7)));
        Rule either = rule("either", 4,
                or(cmp("buyer.credit_score", GE, 95), not(present("item.opened"))),
                outcome("approve_refund"));
        Interpreter interpreter = new Interpreter(policy().guard(OUTSIDE_WINDOW).rule(SIZE_LABEL)
                .rule(either).returnWindow(plan).build());
        RequestValues[] requests = {
            returnOf("category", "jewelry", "since_delivery", days(8)),
            returnOf("amount", 9000, "request", "refund_only"),
            returnOf("amount", 9000, "item.opened", true)};
        long thread = Thread.currentThread().getId();
        int decided = 0;
        for (int round = 0; round < 2; round++) {
            long before = threads.getThreadAllocatedBytes(thread);
            for (int i = 0; i < 30_000; i++) {
                decided += interpreter.decide(requests[i % requests.length]).line() == null ? 0 : 1;
            }
            long allocated = threads.getThreadAllocatedBytes(thread) - before;
            assertTrue(allocated < 30_000, allocated + " bytes for 30,000 decisions");
        }
        assertEquals(40_000, decided, "a guard, a rule and the fallback decided");
    }

    @Test
    void refusesARequestOfAnotherSchema() {
        Interpreter interpreter = new Interpreter(policy().build());
        RequestValues tooShort = RequestValues.builder(3).build();
        assertThrows(IllegalArgumentException.class, () -> interpreter.decide(tooShort));
    }
}
