package dev.verdict.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Obligation;
import dev.verdict.runtime.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionTextTest {

    @Test
    void namesTheOutcomeArgumentsObligationsAndRule() {
        List<Obligation> obligations = List.of(new Obligation("issue_coupon", List.of("5.00 USD")),
                new Obligation("tag", List.of("vip")));
        Decision decision = new Decision("offer_partial_refund", List.of("30%"), obligations,
                "small_damage", 9, Source.POLICY);
        assertEquals("offer_partial_refund(30%), issue_coupon(5.00 USD), tag(vip) by small_damage "
                + "(line 9, policy)", DecisionText.of(decision));
    }

    @Test
    void quotesNamesThatAreNotIdentifiers() {
        assertEquals("reject(other) by \"Outside the \\\"window\\\"\" (line 23, platform)",
                DecisionText.of(new Decision("reject", List.of("other"), List.of(),
                        "Outside the \"window\"", 23, Source.PLATFORM)));
        assertEquals("manual_review by rule@3 (line 3, policy)", DecisionText.of(
                new Decision("manual_review", List.of(), List.of(), "rule@3", 3, Source.POLICY)));
    }

    @Test
    void theFallbackSaysNoRuleFired() {
        assertEquals("manual_review (default: no rule fired)", DecisionText.of(
                new Decision("manual_review", List.of(), List.of(), null, null, Source.DEFAULT)));
    }
}
