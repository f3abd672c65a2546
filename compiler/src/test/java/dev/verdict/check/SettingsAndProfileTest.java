package dev.verdict.check;

import static dev.verdict.check.Checked.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.ast.CompareOp;
import dev.verdict.ir.Cap;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Limit;
import dev.verdict.ir.Profile;
import dev.verdict.ir.SettingPlan;
import dev.verdict.ir.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Setting plans (SPEC §5) and the checked profile's limits, caps and forbids (SPEC §6). */
class SettingsAndProfileTest {

    private static final long DAY = 24 * 60;

    private static final CheckedPolicy POLICY =
            Checked.policy(
                    """
                    platform "caps.platform"
                    set return_window = 45d where category = womenswear
                    set return_window = 14d
                    set return_window = 60d where amount > 100
                    when amount < 5 then manual_review
                    """);

    private static Expr jewelry() {
        return new Expr.Member(
                field("category"), 1L << field("category").type().ordinal("jewelry"));
    }

    @Test
    void aPlanHasTheConditionalValuesInOrderThenTheUnconditionalThenTheDefault() {
        SettingPlan plan = POLICY.settings().get(0);
        assertEquals("return_window", plan.setting().name());
        assertEquals(
                List.of(45 * DAY, 60 * DAY),
                plan.conditional().stream().map(SettingPlan.ConditionalValue::value).toList());
        assertEquals(
                new Expr.Member(
                        field("category"), 1L << field("category").type().ordinal("womenswear")),
                plan.conditional().get(0).where());
        assertEquals(
                new Expr.Compare(
                        new Term.FieldTerm(field("amount")),
                        CompareOp.GT,
                        new Term.Constant(10000)),
                plan.conditional().get(1).where());
        assertEquals(14 * DAY, plan.unconditional().value());
        assertEquals(3, plan.unconditional().span().line());
        assertEquals(30 * DAY, plan.profileDefault().value());
        assertEquals("caps.platform", plan.profileDefault().file());
    }

    @Test
    void comparisonLimitsAreCapsInProfileOrderAndListsAreNot() {
        List<Cap> caps = POLICY.settings().get(0).caps();
        assertEquals(
                List.of(CompareOp.LE, CompareOp.LE, CompareOp.GE, CompareOp.LE),
                caps.stream().map(Cap::op).toList());
        assertEquals(
                List.of(60 * DAY, 7 * DAY, DAY, 90 * DAY), caps.stream().map(Cap::bound).toList());
        assertEquals(Expr.TRUE, caps.get(0).where());
        assertEquals(jewelry(), caps.get(1).where());
        assertEquals(List.of(4, 5, 6, 6), caps.stream().map(c -> c.span().line()).toList());
    }

    @Test
    void everyLimitIsKeptForTheAnalysis() {
        List<Limit> limits = POLICY.profile().limits();
        assertEquals(
                List.of(
                        "return_window",
                        "return_window",
                        "return_window",
                        "return_window",
                        "offer_partial_refund.percent",
                        "request_evidence.kind"),
                limits.stream().map(Limit::targetText).toList());
        Limit oneOf = limits.get(3);
        assertEquals(List.of(7 * DAY, 30 * DAY, 60 * DAY), oneOf.oneOf());
        assertTrue(oneOf.bounds().isEmpty());
        Limit percent = limits.get(4);
        assertNull(percent.setting());
        assertEquals("offer_partial_refund", percent.outcome().name());
        assertEquals(0, percent.paramIndex());
        assertEquals(
                List.of(
                        new Limit.Bound(CompareOp.GE, 1000, "10%"),
                        new Limit.Bound(CompareOp.LE, 5000, "50%")),
                percent.bounds());
        assertEquals(List.of(1L), limits.get(5).oneOf());
        assertEquals(new Limit.Bound(CompareOp.LE, 7 * DAY, "7d"), limits.get(1).bounds().get(0));
        assertEquals(-1, limits.get(0).paramIndex());
    }

    @Test
    void theProfileHasItsNamesGuardsAndForbids() {
        Profile profile = POLICY.profile();
        assertEquals("caps_market", profile.id());
        assertEquals("Caps market", profile.displayName());
        assertEquals("caps.platform", profile.file());
        assertEquals("USD", profile.currency());
        assertEquals(List.of("late"), profile.guards().stream().map(g -> g.name()).toList());
        assertEquals(
                List.of("intercept_package", "approve_cancel"),
                profile.forbids().stream().map(f -> f.outcome().name()).toList());
        assertEquals(Expr.TRUE, profile.forbids().get(1).where());
        assertEquals(11, profile.forbids().get(0).span().line());
    }

    @Test
    void withoutAProfileAPlanHasOnlyThePolicysValues() {
        CheckedPolicy policy = Checked.compile("when amount < 5 then manual_review").policy();
        SettingPlan plan = policy.settings().get(0);
        assertNull(policy.profile());
        assertNull(plan.unconditional());
        assertNull(plan.profileDefault());
        assertTrue(plan.caps().isEmpty());
        assertEquals("USD", policy.currency());
        assertEquals(2, policy.currencyDecimals());
        assertEquals("t", policy.displayName());
    }

    @Test
    void moneyIsInMinorUnitsOfThePolicyCurrency() {
        CheckedPolicy yen =
                Checked.policy(
                        "platform \"yen.platform\"\n"
                            + "when amount < 500 then manual_review, issue_coupon(100)");
        assertEquals("JPY", yen.currency());
        assertEquals(0, yen.currencyDecimals());
        assertEquals(
                new Expr.Compare(
                        new Term.FieldTerm(field("amount")), CompareOp.LT, new Term.Constant(500)),
                yen.rules().get(0).written());
        assertEquals("100 JPY", yen.rules().get(0).obligations().get(0).args().get(0).text());
        assertEquals("Yen market", yen.profile().displayName());
    }
}
