package dev.verdict.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.diag.Code;
import dev.verdict.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The findings of SPEC §6 and §9 on policy text: codes, lines, messages and examples. */
class AnalyzerTest {

    private static final String STRICT = """
            platform strict_market "Strict marketplace"
            currency USD
            default return_window = 30d
            limit return_window <= 60d
            limit return_window <= 7d where category = jewelry
            guard "Outside the return window":
              when request != cancel and since_delivery > return_window
              then reject(outside_return_window)
            """;
    private static final Map<String, String> STRICT_PROFILE = Map.of("strict.platform", STRICT);

    @Test
    void namesTheRulesThatShadowAnUnreachableRule() {
        String policy = """
                policy "shadowing"
                rule broad_label: when reason in [size, changed_mind] and amount < 100
                  then approve_return_label
                rule narrow_label: when reason = size and amount < 50 then approve_return_label
                rule narrow_review: when reason = size and amount < 50 then manual_review
                rule catch_all: when amount >= 0 then manual_review
                rule too_late: when reason = damaged then reject(other)
                """;
        assertEquals(List.of("4 W0401", "7 W0401"), Policies.findings(policy));
        Diagnostic narrow = Policies.at(4, policy);
        assertEquals("rule `narrow_label` is unreachable: every request it matches is decided by "
                + "`broad_label`", narrow.message());
        assertEquals("e.g. request = return_and_refund, reason = size, amount = 10.00; it is "
                + "decided by rule `broad_label`; remove the rule or move it earlier",
                narrow.help());
        assertTrue(Policies.at(7, policy).message().endsWith("decided by `catch_all`"));
    }

    @Test
    void judgesEveryOneOfManyOverlappingRulesOfOneShape() {
        String text = new SyntheticPolicies(7).overlapping(20_000);
        List<String> expected = new ArrayList<>();
        List<String> lines = text.lines().toList();
        long highest = -1;
        for (int line = 2; line <= lines.size(); line++) {
            long bound = Long.parseLong(lines.get(line - 1).split(" ")[3]);
            if (bound <= highest) {
                expected.add(line + " W0401");
            }
            highest = Math.max(highest, bound);
        }
        assertEquals(expected, Policies.findings(text), "no I0901: the analysis ran to the end");
    }

    @Test
    void namesEveryRuleThatTakesSomeOfItsRequests() {
        String policy = """
                rule cheap: when amount < 10 then manual_review
                rule dear: when amount >= 10 and reason = size then manual_review
                rule other_reasons: when reason != size then manual_review
                rule never: when amount > 500 then reject(other)
                """;
        assertEquals(List.of("4 W0401"), Policies.findings(policy));
        String message = Policies.at(4, policy).message();
        assertTrue(message.endsWith("decided by `dear` and `other_reasons`"), message);
    }

    @Test
    void namesOnlyRulesThatTakeRequestsWhenFieldsAreCompared() {
        String policy = """
                rule a: when return_shipping_fee > amount and item.price > 10 then manual_review
                rule b: when return_shipping_fee < amount and reason = size then manual_review
                rule d: when item.price > 5 and return_shipping_fee < amount and reason = size
                  then reject(other)
                """;
        assertEquals(List.of("3 W0401"), Policies.findings(policy));
        String message = Policies.at(3, policy).message();
        assertTrue(message.endsWith("every request it matches is decided by `b`"), message);
    }

    @Test
    void explainsContradictions() {
        String policy = """
                policy "contradictions"
                when amount < 10 and amount > 20 then manual_review
                when buyer.credit_score > 100 then manual_review
                when reason = size and reason = damaged then manual_review
                when buyer.returns_30d < 0 then manual_review
                """;
        assertEquals(List.of("2 W0402", "3 W0402", "4 W0402", "5 W0402"),
                Policies.findings(policy));
        Diagnostic first = Policies.at(2, policy);
        assertEquals("condition of rule `rule@2` can never be true", first.message());
        assertEquals("`amount < 10.00` and `amount > 20.00` cannot both be true", first.help());
        assertEquals("`buyer.credit_score > 100` is never true: `buyer.credit_score` is between 0 "
                + "and 100", Policies.at(3, policy).help());
        assertEquals("`buyer.returns_30d < 0` is never true: `buyer.returns_30d` is at least 0",
                Policies.at(5, policy).help());
    }

    @Test
    void absentValuesLetRequestsThrough() {
        String policy = """
                rule low: when buyer.credit_score < 60 then manual_review
                rule high: when buyer.credit_score >= 60 then manual_review
                rule known: when buyer.credit_score is present then reject(other)
                rule rest: when reason = size then approve_return_label
                """;
        assertEquals(List.of("3 W0401", "4 W0404"), Policies.findings(policy));
        assertTrue(Policies.at(3, policy).message().endsWith("decided by `low` and `high`"));
        String help = Policies.at(4, policy).help();
        assertTrue(help.startsWith("e.g. request = return_and_refund, reason = size, "
                + "amount = 1000.00, buyer.credit_score is absent;"), help);
    }

    @Test
    void readsFieldAgainstFieldComparisons() {
        String policy = """
                rule costly: when return_shipping_fee > amount then manual_review
                rule same: when return_shipping_fee = amount then manual_review
                rule cheap: when return_shipping_fee < amount then manual_review
                rule never: when item.price > 100 then reject(other)
                """;
        assertEquals(List.of("4 W0401"), Policies.findings(policy));
    }

    @Test
    void flagsUnboundedApprovalsAndMissingVelocityGuards() {
        String policy = """
                policy "risk"
                platform tiktok_us
                rule capped: when reason = damaged and amount < 30 and buyer.refunds_30d < 2
                  then approve_refund
                rule generous: when reason = damaged then approve_refund
                rule label: when reason = size then approve_return_label
                rule cancel_free: when request = cancel and order.status = awaiting_shipment
                  then approve_cancel
                """;
        assertEquals(List.of("5 W0404", "5 W0405", "6 W0404"), Policies.findings(policy));
        Diagnostic unbounded = Policies.findingsOf(policy).get(0);
        assertEquals("rule `generous` auto-approves (`approve_refund`) with no upper bound on "
                + "`amount`", unbounded.message());
        assertTrue(unbounded.help().contains("amount = 1000.00"), unbounded.help());
    }

    @Test
    void anEarlierVelocityRuleGuardsLaterRefunds() {
        String policy = """
                platform tiktok_us
                rule serial: when buyer.refunds_30d >= 3 then manual_review
                rule small: when reason = damaged and amount < 30 then approve_refund
                """;
        assertEquals(List.of(), Policies.findings(policy));
    }

    @Test
    void reportsASetThatBreaksALimitEverywhereItApplies() {
        String policy = """
                policy "jewelry shop"
                platform "strict.platform"
                set return_window = 45d
                set return_window = 15d where category = jewelry
                when reason = size and amount < 80 then approve_return_label
                """;
        assertEquals(List.of("4 E0301"), Policies.findings(policy, STRICT_PROFILE));
        Diagnostic error = Policies.at(4, policy, STRICT_PROFILE);
        assertEquals("`return_window` = `15d` breaks the platform limit `return_window <= 7d` for "
                + "every request it applies to", error.message());
        assertEquals("e.g. category = jewelry; use a value the limit allows", error.help());
    }

    @Test
    void warnsWhereThePlatformCapsASetting() {
        String policy = """
                platform "strict.platform"
                set return_window = 30d
                when reason = size and amount < 80 then approve_return_label
                """;
        Diagnostic warning = Policies.at(2, policy, STRICT_PROFILE);
        assertEquals(Code.W0302, warning.code());
        assertEquals("`return_window` = `30d` is capped to `7d` by the platform limit "
                + "`return_window <= 7d` where category = jewelry", warning.message());
        assertEquals("e.g. category = jewelry", warning.help());
    }

    @Test
    void showsARequestForWhichAForbiddenOutcomeHappens() {
        String profile = """
                platform sea_market "Interception rules"
                currency USD
                default return_window = 15d
                forbid intercept_package where order.status != in_transit
                forbid intercept_package where amount > 150
                """;
        String policy = """
                platform "interception.platform"
                rule intercept_any: when request = cancel and amount < 100 then intercept_package
                rule intercept_ok: when order.status = in_transit and amount <= 150
                  then intercept_package
                rule intercept_big: when order.status = in_transit then intercept_package
                """;
        Map<String, String> profiles = Map.of("interception.platform", profile);
        assertEquals(List.of("2 E0303", "5 E0303"), Policies.findings(policy, profiles));
        Diagnostic any = Policies.at(2, policy, profiles);
        assertEquals("rule `intercept_any` can produce `intercept_package`, which the platform "
                + "forbids where order.status != in_transit", any.message());
        assertEquals("e.g. request = cancel, amount = 10.00, order.status = unpaid", any.help());
        assertEquals("e.g. request = cancel, amount = 151.00, order.status = in_transit",
                Policies.at(5, policy, profiles).help());
    }

    @Test
    void checksOutcomeArgumentsAgainstLimits() {
        String policy = """
                platform tiktok_us
                rule too_generous: when reason = not_as_described and item.price between 10 and 100
                  and amount < 100 and buyer.refunds_30d < 3 then offer_partial_refund(60%)
                rule cheap_items: when reason = damaged and amount < 50 and buyer.refunds_30d < 3
                  then offer_partial_refund(20%)
                """;
        assertEquals(List.of("2 E0301", "4 E0303"), Policies.findings(policy));
        String message = Policies.at(2, policy).message();
        assertTrue(message.contains("`offer_partial_refund.percent between 10% and 50%`"), message);
    }

    @Test
    void warnsAboutOverlappingConditionalSets() {
        String policy = """
                platform tiktok_us
                set return_window = 45d where category = womenswear
                set return_window = 90d where amount > 100
                set return_window = 45d where category = womenswear and amount > 100
                when reason = size and amount < 500 then approve_return_label
                """;
        assertEquals(List.of("3 W0403"), Policies.findings(policy));
        Diagnostic overlap = Policies.at(3, policy);
        assertEquals("`return_window` is set to `90d` here and to `45d` at line 2 for some of the "
                + "same requests; the first (line 2) wins", overlap.message());
        assertEquals("e.g. amount = 101.00, category = womenswear", overlap.help());
    }

    @Test
    void aRuleThePlatformGuardAlwaysDecidesIsUnreachable() {
        String policy = """
                platform tiktok_us
                rule late: when request = refund_only and reason = size and since_delivery > 30d
                  then reject(other)
                """;
        assertEquals("rule `late` is unreachable: every request it matches is decided by the "
                + "platform guard `Outside the return window`", Policies.at(2, policy).message());
    }

    @Test
    void findsOutcomesThatNeverApplyWhereTheCheckerCannotTell() {
        String policy = """
                when request = cancel or (request = replacement and amount < 5) then approve_refund
                """;
        Diagnostic error = Policies.at(1, policy);
        assertEquals(Code.E0208, error.code());
        assertEquals("`approve_refund` applies only to `refund_only`, `return_and_refund`, but the "
                + "condition allows only `cancel`, `replacement`", error.message());
    }
}
