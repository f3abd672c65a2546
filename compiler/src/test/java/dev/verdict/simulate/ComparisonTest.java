package dev.verdict.simulate;

import static dev.verdict.simulate.Policies.checked;
import static dev.verdict.simulate.Policies.replay;
import static dev.verdict.simulate.Policies.request;
import static dev.verdict.simulate.Policies.simulator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.Obligation;
import dev.verdict.simulate.Comparison.Change;
import dev.verdict.simulate.Comparison.Transition;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final CheckedPolicy OLD = checked("old.policy", """
            rule small: when request = refund_only and amount < 50 then approve_refund
            rule damaged: when reason = damaged then offer_partial_refund(30%)
            otherwise manual_review
            """);
    private static final CheckedPolicy NEW = checked("new.policy", """
            rule small_refund: when request = refund_only and amount < 20 then approve_refund
            rule damaged: when reason = damaged then offer_partial_refund(20%), tag("dmg")
            otherwise manual_review
            """);

    private static final String SMALL = request("refund_only", "size", "10.00");
    private static final String MEDIUM = request("refund_only", "size", "30.00");
    private static final String DAMAGED = request("return_and_refund", "damaged", "40.00");
    private static final String CANCEL = request("cancel", "size", "5.00");

    private static DecisionLabel label(String outcome, List<String> args,
                                       Obligation... obligations) {
        return new DecisionLabel(new OutcomeLabel(outcome, args), List.of(obligations));
    }

    @Test
    void countsTheChangedDecisionsByOldAndNew() {
        Comparison comparison = replay(simulator(NEW, OLD, 5),
                SMALL, MEDIUM, DAMAGED, CANCEL, MEDIUM, DAMAGED, DAMAGED).comparison();
        assertEquals("old.policy", comparison.baseline());
        assertEquals(5, comparison.changed(), "a renamed rule with the same decision is no change");
        assertEquals(List.of(
                new Transition(label("offer_partial_refund", List.of("30%")),
                        label("offer_partial_refund", List.of("20%"),
                                new Obligation("tag", List.of("dmg"))), 3),
                new Transition(label("approve_refund", List.of()),
                        label("manual_review", List.of()), 2)),
                comparison.transitions());
    }

    @Test
    void theMoneyDifferenceIsNewMinusOld() {
        Comparison comparison = replay(simulator(NEW, OLD, 5), SMALL, MEDIUM, DAMAGED)
                .comparison();
        assertEquals(BigInteger.valueOf(1000 + 3000 + 1200), comparison.oldRefunds());
        assertEquals(BigInteger.valueOf(1000 + 800), comparison.newRefunds());
        assertEquals(BigInteger.valueOf(-3400), comparison.difference());
        Simulation simulation = replay(simulator(NEW, OLD, 5), SMALL, MEDIUM, DAMAGED);
        assertEquals("-34.00", simulation.signedMoney(simulation.comparison().difference()));
        assertEquals("+34.00", simulation.signedMoney(BigInteger.valueOf(3400)));
    }

    @Test
    void keepsTheFirstChangedRequestsAsTheyWereWritten() {
        String spaced =
                "  {\"request\": \"refund_only\", \"reason\": \"size\", \"amount\": 30.10} ";
        Comparison comparison = replay(simulator(NEW, OLD, 2),
                SMALL, spaced, CANCEL, DAMAGED, MEDIUM).comparison();
        assertEquals(3, comparison.changed());
        List<Change> examples = comparison.examples();
        assertEquals(List.of(2L, 4L), examples.stream().map(Change::line).toList());
        Change first = examples.get(0);
        assertEquals(spaced.strip(), first.request());
        assertEquals("approve_refund", first.old().outcome());
        assertEquals("manual_review", first.now().outcome());
        assertEquals("{\"line\":2,\"request\":" + spaced.strip() + ",\"old\":"
                + first.old().toJson() + ",\"new\":" + first.now().toJson() + "}", first.toJson());
    }

    @Test
    void aRequestMustCarryWhatEitherPolicyReads() {
        CheckedPolicy readsPrice = checked("price.policy",
                "when item.price > 10 then manual_review\notherwise reject(other)\n");
        Simulation simulation = replay(simulator(NEW, readsPrice, 5), SMALL);
        assertEquals(0, simulation.decided());
        assertEquals("item.price", simulation.invalidLines().get(0).field());
    }

    @Test
    void withoutABaselineThereIsNoComparison() {
        assertNull(replay(simulator(NEW), SMALL).comparison());
    }
}
