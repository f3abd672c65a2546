package dev.verdict.simulate;

import static dev.verdict.simulate.Policies.checked;
import static dev.verdict.simulate.Policies.replay;
import static dev.verdict.simulate.Policies.request;
import static dev.verdict.simulate.Policies.simulator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.Source;
import dev.verdict.simulate.Simulation.InvalidLine;
import dev.verdict.simulate.Simulation.OutcomeRow;
import dev.verdict.simulate.Simulation.RuleRow;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    private static final CheckedPolicy REFUNDS = checked("refunds.policy", """
            policy "refunds"
            rule small: when request = refund_only and amount < 50 then approve_refund
            rule partial:
              when request = return_and_refund and reason = damaged then offer_partial_refund(30%)
            rule label: when request = return_and_refund then approve_return_label
            otherwise manual_review
            """);

    private static final String[] HISTORY = {
        request("refund_only", "size", "10.00"),
        request("refund_only", "size", "0.05"),
        request("return_and_refund", "damaged", "0.05"),
        request("return_and_refund", "damaged", "0.15"),
        request("return_and_refund", "size", "20.00"),
        request("cancel", "size", "99.99"),
    };

    private static BigInteger units(long minorUnits) {
        return BigInteger.valueOf(minorUnits);
    }

    @Test
    void countsAndMoneyPerOutcomeExactInMinorUnits() {
        Simulation simulation = replay(simulator(REFUNDS), HISTORY);
        assertEquals(6, simulation.decided());
        assertEquals(List.of(
                new OutcomeRow(new OutcomeLabel("approve_refund", List.of()), 2, units(1005),
                        units(1005)),
                new OutcomeRow(new OutcomeLabel("approve_return_label", List.of()), 1,
                        units(2000), units(2000)),
                new OutcomeRow(new OutcomeLabel("offer_partial_refund", List.of("30%")), 2,
                        units(20), units(2 + 4)),
                new OutcomeRow(new OutcomeLabel("manual_review", List.of()), 1, units(9999),
                        units(0))),
                simulation.outcomes());
        assertEquals(units(1005 + 20 + 2000 + 9999), simulation.amount());
        assertEquals(units(1005 + 6 + 2000), simulation.refunds());
        assertEquals("30.11", simulation.money(simulation.refunds()));
        assertEquals("USD", simulation.currency());
        assertEquals("amount", simulation.amountField());
    }

    @Test
    void countsEveryRuleInOrderThoseThatNeverFireIncluded() {
        Simulation simulation = replay(simulator(REFUNDS), HISTORY[0], HISTORY[5]);
        assertEquals(List.of(
                new RuleRow("small", 2, Source.POLICY, 1, units(1000)),
                new RuleRow("partial", 3, Source.POLICY, 0, units(0)),
                new RuleRow("label", 5, Source.POLICY, 0, units(0)),
                new RuleRow("otherwise", 6, Source.POLICY, 1, units(0))),
                simulation.rules());
    }

    @Test
    void theFallbackHasARowWhenThereIsNoOtherwise() {
        CheckedPolicy policy = checked("p.policy",
                "when request = refund_only and amount < 50 then approve_refund\n");
        Simulation simulation = replay(simulator(policy), HISTORY);
        assertEquals(List.of(new RuleRow("rule@1", 1, Source.POLICY, 2, units(1005)),
                new RuleRow(null, null, Source.DEFAULT, 4, units(0))), simulation.rules());
    }

    @Test
    void aRuleNamedOtherwiseIsNotTheOtherwise() {
        CheckedPolicy policy = checked("p.policy", """
                rule "otherwise": when request = refund_only then approve_refund
                otherwise reject(not_eligible)
                """);
        Simulation simulation = replay(simulator(policy), HISTORY);
        assertEquals(List.of(new RuleRow("otherwise", 1, Source.POLICY, 2, units(1005)),
                new RuleRow("otherwise", 2, Source.POLICY, 4, units(0))), simulation.rules());
    }

    @Test
    void platformGuardsCountAsTheirOwnRows() {
        CheckedPolicy policy = checked("p.policy", """
                platform tiktok_us
                when request = refund_only and amount < 50 and buyer.refunds_30d < 2
                  then approve_refund
                """);
        String late = request("refund_only", "size", "10.00", "\"since_delivery\":\"40d\"",
                "\"buyer\":{\"refunds_30d\":0}");
        String recent = late.replace("40d", "2d");
        Simulation simulation = replay(simulator(policy), late, recent, recent);
        RuleRow guard = simulation.rules().get(0);
        assertEquals(Source.PLATFORM, guard.source());
        assertEquals("Outside the return window", guard.name());
        assertEquals(1, guard.count());
        assertEquals(new OutcomeLabel("reject", List.of("outside_return_window")),
                simulation.outcomes().get(1).outcome());
        assertEquals(units(2000), simulation.refunds());
    }

    @Test
    void invalidLinesAreCountedWithTheirNumbersAndTheReplayGoesOn() {
        String[] lines = {
            HISTORY[0], "", "{not json", "   ", request("refund_only", "sise", "1.00"),
            "{\"request\":\"refund_only\",\"reason\":\"size\"}", HISTORY[1], "[]", "{}", "{}",
            "{}", HISTORY[2]
        };
        Simulation simulation = replay(simulator(REFUNDS), lines);
        assertEquals(3, simulation.decided());
        assertEquals(7, simulation.invalid());
        List<InvalidLine> shown = simulation.invalidLines();
        assertEquals(Simulator.INVALID_SHOWN, shown.size());
        assertEquals(List.of(3L, 5L, 6L, 8L, 9L), shown.stream().map(InvalidLine::line).toList());
        assertNull(shown.get(0).field());
        assertEquals("reason", shown.get(1).field());
        assertEquals("amount", shown.get(2).field());
        assertEquals("request lacks required field `amount`", shown.get(2).message());
    }

    @Test
    void theAmountIsRequiredEvenWhenThePolicyDoesNotReadIt() {
        CheckedPolicy policy = checked("p.policy", "otherwise manual_review\n");
        Simulation simulation = replay(simulator(policy), "{\"request\":\"cancel\"}",
                "{\"request\":\"cancel\",\"amount\":\"3.10\"}");
        assertEquals(1, simulation.decided());
        assertEquals("amount", simulation.invalidLines().get(0).field());
        assertEquals(units(310), simulation.amount());
    }

    @Test
    void sumsBeyondALongStayExact() {
        String huge = request("refund_only", "size", "90000000000000000.00");
        CheckedPolicy policy = checked("p.policy", "when amount > 0 then approve_refund\n");
        Simulation simulation = replay(simulator(policy), huge, huge);
        BigInteger expected = units(9_000_000_000_000_000_000L).multiply(units(2));
        assertEquals(expected, simulation.refunds());
        assertEquals("180000000000000000.00", simulation.money(simulation.refunds()));
    }

    @Test
    void sharesAreToATenthOfAPercentHalfEven() {
        Simulation simulation = replay(simulator(REFUNDS), HISTORY[0], HISTORY[0], HISTORY[0],
                HISTORY[0], HISTORY[0], HISTORY[0], HISTORY[0], HISTORY[5]);
        assertEquals("87.5%", simulation.share(7));
        assertEquals("12.5%", simulation.share(1));
        assertEquals("100.0%", simulation.share(8));
        Simulation third = replay(simulator(REFUNDS), HISTORY[0], HISTORY[5], HISTORY[5]);
        assertEquals("33.3%", third.share(1));
        assertEquals("66.7%", third.share(2));
        assertEquals("0.0%", replay(simulator(REFUNDS)).share(0));
    }

    @Test
    void aBaselineMustShareTheCurrency() {
        CheckedPolicy yen = checked("yen.policy", "currency JPY\notherwise manual_review\n");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> simulator(REFUNDS, yen, 5));
        assertEquals("the baseline's currency JPY differs from the policy's USD: their money "
                + "cannot be compared", e.getMessage());
    }
}
