package dev.verdict.check;

import static dev.verdict.check.Checked.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.verdict.ir.Arg;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Rule;
import dev.verdict.runtime.Source;
import dev.verdict.schema.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules, guards and {@code otherwise} in the IR: names, lines, effective conditions, arguments. */
class RuleLoweringTest {

    private static long requests(String... values) {
        Field request = field("request");
        long mask = 0;
        for (String value : values) {
            mask |= 1L << request.type().ordinal(value);
        }
        return mask;
    }

    @Test
    void anOutcomeNarrowsTheConditionToTheRequestsItAppliesTo() {
        Rule rule = Checked.rule("when amount < 80 then approve_return_label");
        assertEquals(
                new Expr.And(
                        List.of(
                                rule.written(),
                                new Expr.Member(field("request"), requests("return_and_refund")))),
                rule.condition());
        Rule refund = Checked.rule("when amount < 80 then approve_refund");
        assertEquals(
                new Expr.Member(field("request"), requests("refund_only", "return_and_refund")),
                ((Expr.And) refund.condition()).operands().get(1));
    }

    @Test
    void anOutcomeForEveryRequestLeavesTheConditionAsWritten() {
        Rule rule = Checked.rule("when amount < 80 then reject(other)");
        assertEquals(rule.written(), rule.condition());
    }

    @Test
    void rulesAreNamedAndStartWhereTheyAreWritten() {
        CheckedPolicy policy =
                Checked.policy(
                        """
                        platform tiktok_us

                        when amount < 5 then manual_review
                        rule "夏装":
                          when amount < 6
                          then manual_review
                        rule plain when amount < 7 then manual_review
                        """);
        List<String> names = policy.rules().stream().map(Rule::name).toList();
        assertEquals(List.of("rule@3", "夏装", "plain"), names);
        assertEquals(List.of(3, 4, 7), policy.rules().stream().map(Rule::line).toList());
        assertEquals(Source.POLICY, policy.rules().get(0).source());
        assertEquals("t.policy", policy.rules().get(1).file());
        assertEquals(6, policy.rules().get(1).span().endLine());
    }

    @Test
    void argumentsHaveTheirCanonicalText() {
        Rule rule =
                Checked.rule(
                        "when reason = damaged and amount < 40 then offer_partial_refund(12.50%),"
                                + " issue_coupon(5), tag(\"vip \\u{1F600}\")");
        Arg percent = rule.outcome().args().get(0);
        assertEquals(1250, percent.value());
        assertEquals("12.5%", percent.text());
        Arg coupon = rule.obligations().get(0).args().get(0);
        assertEquals(500, coupon.value());
        assertEquals("5.00 USD", coupon.text());
        assertEquals("vip \uD83D\uDE00", rule.obligations().get(1).args().get(0).text());
        Arg reason =
                Checked.rule("when amount < 1 then reject(buyer_risk)").outcome().args().get(0);
        assertEquals("buyer_risk", reason.text());
        assertEquals(reason.type().ordinal("buyer_risk"), reason.value());
        assertEquals(
                "30%",
                Checked.rule("when amount < 9 then offer_partial_refund(30%)")
                        .outcome()
                        .args()
                        .get(0)
                        .text());
    }

    @Test
    void guardsComeFromTheProfile() {
        CheckedPolicy policy =
                Checked.policy("platform tiktok_us\nwhen amount < 5 then manual_review");
        Rule guard = policy.guards().get(0);
        assertEquals("Outside the return window", guard.name());
        assertEquals(Source.PLATFORM, guard.source());
        assertEquals("bundled:tiktok_us.platform", guard.file());
        assertEquals(23, guard.line());
        assertEquals("outside_return_window", guard.outcome().args().get(0).text());
        assertEquals(guard.written(), guard.condition());
    }

    @Test
    void otherwiseAlwaysHolds() {
        CheckedPolicy policy =
                Checked.policy(
                        "platform tiktok_us\nwhen amount < 5 then manual_review\n"
                                + "otherwise reject(not_eligible), tag(\"fallback\")");
        Rule otherwise = policy.otherwise();
        assertEquals("otherwise", otherwise.name());
        assertEquals(3, otherwise.line());
        assertEquals(Source.POLICY, otherwise.source());
        assertEquals(Expr.TRUE, otherwise.written());
        assertEquals(Expr.TRUE, otherwise.condition());
        assertEquals("fallback", otherwise.obligations().get(0).args().get(0).text());
        assertNull(Checked.policy("platform tiktok_us").otherwise());
    }
}
