package dev.verdict.simulate;

import static dev.verdict.simulate.Policies.checked;
import static dev.verdict.simulate.Policies.replay;
import static dev.verdict.simulate.Policies.request;
import static dev.verdict.simulate.Policies.simulator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.ir.CheckedPolicy;
import org.junit.jupiter.api.Test;

class SimulationTextTest {

    private static final CheckedPolicy POLICY = checked("p.policy", """
            rule "夏装特惠": when request = refund_only and amount < 50 then approve_refund
            rule partial: when reason = damaged then offer_partial_refund(25%)
            """);

    @Test
    void showsTheOutcomeAndRuleTablesAligned() {
        Simulation simulation = replay(simulator(POLICY), request("refund_only", "size", "10.00"),
                request("return_and_refund", "damaged", "1000.10"),
                request("cancel", "size", "2.00"), "{\"request\":\"cancel\"}");
        assertEquals("""
                p.policy: 3 requests decided; money in USD

                outcome                    count   share   amount  refunds
                approve_refund                 1   33.3%    10.00    10.00
                offer_partial_refund(25%)      1   33.3%  1000.10   250.02
                manual_review                  1   33.3%     2.00     0.00
                total                          3  100.0%  1012.10   260.02

                rule             line  source   count  share  refunds
                "夏装特惠"          1  policy       1  33.3%    10.00
                partial             2  policy       1  33.3%   250.02
                (no rule fired)        default      1  33.3%     0.00

                1 invalid line not decided:
                  line 4: request lacks required field `reason`
                """, SimulationText.render(simulation));
    }

    @Test
    void showsWhatChangedAgainstTheBaseline() {
        CheckedPolicy old = checked("old.policy", "otherwise manual_review\n");
        Simulation simulation = replay(simulator(POLICY, old, 1),
                request("refund_only", "size", "10.00"), request("cancel", "size", "2.00"),
                request("return_and_refund", "damaged", "8.00"));
        String text = SimulationText.render(simulation);
        String expected = """

                against old.policy: 2 of 3 decisions changed

                baseline decided  policy decides             count
                manual_review     approve_refund                 1
                manual_review     offer_partial_refund(25%)      1
                total                                            2

                refunds: 0.00 with old.policy, 12.00 with p.policy (+12.00 USD)

                first changed requests:
                {"line":1,"request":REQUEST,"old":OLD,"new":NEW}
                """.replace("REQUEST", request("refund_only", "size", "10.00"))
                .replace("OLD", simulation.comparison().examples().get(0).old().toJson())
                .replace("NEW", simulation.comparison().examples().get(0).now().toJson());
        assertTrue(text.endsWith(expected), text);
    }
}
