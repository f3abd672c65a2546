package dev.verdict.simulate;

import static dev.verdict.simulate.Policies.checked;
import static dev.verdict.simulate.Policies.replay;
import static dev.verdict.simulate.Policies.request;
import static dev.verdict.simulate.Policies.simulator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verdict.ir.CheckedPolicy;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class SimulationJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final CheckedPolicy POLICY = checked("p.policy", """
            rule small: when request = refund_only and amount < 50 then approve_refund
            rule partial: when reason = damaged then offer_partial_refund(25%), tag("dmg")
            """);
    private static final CheckedPolicy OLD = checked("old.policy", "otherwise manual_review\n");

    @Test
    void isOneDocumentOnOneLineWithMoneyAsStrings() throws IOException {
        String json = SimulationJson.render(replay(simulator(POLICY),
                request("refund_only", "size", "10.00"), request("cancel", "damaged", "3.00"),
                "{\"request\":\"cancel\",\"amount\":1}"));
        assertFalse(json.contains("\n"));
        JsonNode root = MAPPER.readTree(json);
        assertEquals("p.policy", root.path("policy").asText());
        assertEquals("USD", root.path("currency").asText());
        assertEquals(2, root.path("decided").asLong());
        assertEquals("13.00", root.path("amount").asText());
        assertEquals("10.00", root.path("refunds").asText());
        assertEquals("{\"outcome\":\"approve_refund\",\"args\":[],\"count\":1,\"share\":\"50.0%\","
                + "\"amount\":\"10.00\",\"refunds\":\"10.00\"}",
                root.path("outcomes").get(0).toString());
        assertEquals("{\"rule\":null,\"line\":null,\"source\":\"default\",\"count\":1,"
                + "\"share\":\"50.0%\",\"refunds\":\"0.00\"}",
                root.path("rules").get(2).toString());
        assertEquals(1, root.path("invalid").asLong());
        assertEquals("{\"line\":3,\"message\":\"request lacks required field `reason`\","
                + "\"field\":\"reason\"}", root.path("invalidLines").get(0).toString());
        assertTrue(root.path("baseline").isNull());
    }

    @Test
    void theBaselineKeepsEachChangedRequestExactlyAsWritten() throws IOException {
        // 25% of 40.10 is 10.025: half-even makes it 10.02
        String damaged = "{\"request\":\"return_and_refund\",\"reason\":\"damaged\","
                + "\"amount\":40.10}";
        String json = SimulationJson.render(replay(simulator(POLICY, OLD, 5), damaged,
                request("cancel", "size", "3.00")));
        JsonNode baseline = MAPPER.readTree(json).path("baseline");
        assertEquals("old.policy", baseline.path("policy").asText());
        assertEquals(1, baseline.path("changed").asLong());
        assertEquals("{\"from\":{\"outcome\":\"manual_review\",\"args\":[],\"obligations\":[]},"
                + "\"to\":{\"outcome\":\"offer_partial_refund\",\"args\":[\"25%\"],"
                + "\"obligations\":[{\"action\":\"tag\",\"args\":[\"dmg\"]}]},\"count\":1}",
                baseline.path("transitions").get(0).toString());
        assertEquals("{\"baseline\":\"0.00\",\"policy\":\"10.02\",\"difference\":\"+10.02\"}",
                baseline.path("refunds").toString());
        assertTrue(json.contains("\"examples\":[{\"line\":1,\"request\":" + damaged + ",\"old\":"),
                json);
        assertEquals("offer_partial_refund",
                baseline.path("examples").get(0).path("new").path("outcome").asText());
    }
}
