package dev.verdict.simulate;

import static dev.verdict.simulate.Policies.checked;
import static dev.verdict.simulate.Policies.replay;
import static dev.verdict.simulate.Policies.request;
import static dev.verdict.simulate.Policies.simulator;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.simulate.Simulation.InvalidLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A history may be a decision log: its lines' requests are replayed, its drop notes skipped. */
class LoggedRequestsTest {

    private static final CheckedPolicy REFUNDS = checked("refunds.policy", """
            rule small: when request = refund_only and amount < 50 then approve_refund
            otherwise manual_review
            """);

    private static String logged(String request) {
        return "{\"time\":\"2026-12-02T10:15:30Z\",\"policy\":\"refunds\",\"version\":"
                + "\"sha256:ab\",\"label\":null,\"latency_ns\":2100,\"request\":" + request
                + ",\"decision\":{\"outcome\":\"manual_review\",\"args\":[],\"obligations\":[],"
                + "\"rule\":\"otherwise\",\"line\":2,\"source\":\"policy\"}}";
    }

    @Test
    void aLoggedDecisionReplaysItsRequest() {
        String[] requests = {request("refund_only", "size", "10.00"),
            request("refund_only", "size", "80.00"), request("cancel", "size", "5.00")};
        Simulation bare = replay(simulator(REFUNDS), requests);
        Simulation logged = replay(simulator(REFUNDS), logged(requests[0]), logged(requests[1]),
                "{\"dropped\":3,\"time\":\"2026-12-02T10:15:31Z\"}", logged(requests[2]));

        assertEquals(3, logged.decided());
        assertEquals(0, logged.invalid());
        assertEquals(bare.outcomes(), logged.outcomes());
        assertEquals(bare.rules(), logged.rules());
    }

    @Test
    void aMaskedFieldThePolicyReadsMakesTheLineInvalidNamingIt() {
        String masked = request("refund_only", "size", "10.00")
                .replace("\"10.00\"", "\"***\"");
        Simulation simulation = replay(simulator(REFUNDS), logged(masked));
        assertEquals(1, simulation.invalid());
        assertEquals("amount", simulation.invalidLines().get(0).field());
    }

    @Test
    void aBareRequestIsStillARequest() {
        Simulation simulation = replay(simulator(REFUNDS), "{\"request\":\"cancel\"}");
        assertEquals(List.of(new InvalidLine(1, "request lacks required field `amount`",
                "amount")), simulation.invalidLines());
    }
}
