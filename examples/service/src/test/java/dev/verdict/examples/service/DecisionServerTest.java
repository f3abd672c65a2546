package dev.verdict.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service over HTTP, on an ephemeral port of the loopback interface: the seeds' scenarios
 * decided by the generated evaluators, and the error paths. {@link Scenarios} holds the requests.
 */
class DecisionServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static DecisionServer server;
    private static HttpClient client;
    private static URI base;

    @BeforeAll
    static void start() throws IOException {
        server = DecisionServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                ActivePolicies.fixed(Policies.generated()));
        base = URI.create("http://127.0.0.1:" + server.address().getPort());
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listsThePolicies() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/policies")));
        assertEquals(200, response.statusCode());
        assertEquals("{\"policies\":[\"cancellations\",\"categories\",\"jewelry\",\"refunds\","
                + "\"risk\"]}", response.body());
        assertEquals("application/json; charset=utf-8",
                response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void aSmallUnshippedOrderCancelsItself() throws Exception {
        JsonNode decision = decide("cancellations", Scenarios.cancel("awaiting_shipment", "20"));
        assertDecision(decision, "approve_cancel", "cancel_unshipped", "policy");
    }

    @Test
    void aBigUnshippedOrderGoesToAPerson() throws Exception {
        JsonNode decision = decide("cancellations", Scenarios.cancel("awaiting_shipment", "80"));
        assertDecision(decision, "manual_review", "otherwise", "policy");
    }

    @Test
    void aParcelInTransitIsInterceptedAndTagged() throws Exception {
        HttpResponse<String> response =
                post("cancellations", Scenarios.cancel("in_transit", "120.00"));
        assertEquals(200, response.statusCode());
        assertEquals("{\"outcome\":\"intercept_package\",\"args\":[],\"obligations\":[{\"action\""
                + ":\"tag\",\"args\":[\"intercepted\"]}],\"rule\":\"intercept_in_transit\","
                + "\"line\":11,\"source\":\"policy\"}", response.body());
    }

    @Test
    void aFirstNinetyEightDollarVaseIsRefunded() throws Exception {
        JsonNode decision = decide("refunds", Scenarios.refund("refund_only", "98", "8", 0, "0"));
        assertDecision(decision, "approve_refund", "small_refund", "policy");
    }

    @Test
    void theVelocityGuardStopsTheThirdVase() throws Exception {
        JsonNode decision =
                decide("refunds", Scenarios.refund("refund_only", "98", "8", 2, "196"));
        assertDecision(decision, "manual_review", "serial_refunder", "policy");
        assertEquals("velocity", decision.at("/obligations/0/args/0").asText());
    }

    @Test
    void aReturnDearerToShipThanTheItemIsRefundedWithoutIt() throws Exception {
        JsonNode decision =
                decide("refunds", Scenarios.refund("return_and_refund", "12", "15", 0, "0"));
        assertDecision(decision, "approve_refund", "shipping_exceeds_value", "policy");
        assertEquals("keep-item", decision.at("/obligations/0/args/0").asText());
    }

    @Test
    void aReturnWorthShippingBackIsReviewed() throws Exception {
        JsonNode decision =
                decide("refunds", Scenarios.refund("return_and_refund", "30", "6", 0, "0"));
        assertDecision(decision, "manual_review", "otherwise", "policy");
    }

    @Test
    void aLowCreditScoreAsksForAnUnboxingVideo() throws Exception {
        JsonNode decision = decide("risk", Scenarios.risk("return_and_refund", "40", 42));
        assertDecision(decision, "request_evidence", "risky_buyer", "policy");
        assertEquals("unboxing_video", decision.at("/args/0").asText());
    }

    @Test
    void aGoodCreditScoreGoesToAPerson() throws Exception {
        JsonNode decision = decide("risk", Scenarios.risk("return_and_refund", "40", 88));
        assertDecision(decision, "manual_review", "otherwise", "policy");
    }

    @Test
    void noCreditScoreAndALargeAmountAsksForPhotos() throws Exception {
        JsonNode decision = decide("risk", Scenarios.risk("return_and_refund", "250", null));
        assertDecision(decision, "request_evidence", "unknown_buyer", "policy");
        assertEquals("photos", decision.at("/args/0").asText());
    }

    @Test
    void anOpenedLipstickIsRefused() throws Exception {
        JsonNode decision = decide("categories",
                Scenarios.category("return_and_refund", "changed_mind", "beauty", "35", true));
        assertDecision(decision, "reject", "beauty_opened", "policy");
        assertEquals("item_opened", decision.at("/args/0").asText());
    }

    @Test
    void anUninspectedLipstickNeedsPhotos() throws Exception {
        JsonNode decision = decide("categories",
                Scenarios.category("return_and_refund", "changed_mind", "beauty", "35", null));
        assertDecision(decision, "request_evidence", "beauty_unknown", "policy");
    }

    @Test
    void aDressInTheWrongSizeIsExchanged() throws Exception {
        JsonNode decision = decide("categories",
                Scenarios.category("replacement", "size", "womenswear", "35", null));
        assertDecision(decision, "approve_replacement", "apparel_exchange", "policy");
    }

    @Test
    void aDressInTheWrongSizeCanComeBackWithALabel() throws Exception {
        JsonNode decision = decide("categories",
                Scenarios.category("return_and_refund", "size", "womenswear", "35", null));
        assertDecision(decision, "approve_return_label", "apparel_label", "policy");
    }

    @Test
    void aRingWithinSevenDaysGetsALabel() throws Exception {
        JsonNode decision = decide("jewelry", Scenarios.jewelry("jewelry", "5d"));
        assertDecision(decision, "approve_return_label", "size_label", "policy");
    }

    @Test
    void theProfileCapsTheJewelryWindowAtSevenDays() throws Exception {
        JsonNode decision = decide("jewelry", Scenarios.jewelry("jewelry", "10d"));
        assertDecision(decision, "reject", "Outside the return window", "platform");
        assertEquals("outside_return_window", decision.at("/args/0").asText());
    }

    @Test
    void aScarfHasTheThirtyDayWindow() throws Exception {
        JsonNode decision = decide("jewelry", Scenarios.jewelry("fashion_accessories", "10d"));
        assertDecision(decision, "approve_return_label", "size_label", "policy");
    }

    @Test
    void aRequestWithoutARequiredFieldIsRejectedNamingIt() throws Exception {
        HttpResponse<String> response = post("refunds",
                "{\"request\":\"refund_only\",\"reason\":\"damaged\",\"amount\":\"98.00\"}");
        assertEquals(400, response.statusCode());
        assertEquals("{\"error\":{\"message\":\"request lacks required field "
                + "`return_shipping_fee`\",\"field\":\"return_shipping_fee\"}}", response.body());
    }

    @Test
    void aValueOfTheWrongTypeIsRejectedNamingTheField() throws Exception {
        String request = Scenarios.refund("refund_only", "98", "8", 0, "0")
                .replace("\"refunds_30d\": 0", "\"refunds_30d\": \"many\"");
        JsonNode error = JSON.readTree(expect(400, post("refunds", request)).body());
        assertEquals("buyer.refunds_30d", error.at("/error/field").asText());
        assertTrue(error.at("/error/message").asText().contains("`buyer.refunds_30d`"),
                error.toString());
    }

    @Test
    void anUnknownFieldIsRejectedNamingIt() throws Exception {
        String request = Scenarios.risk("cancel", "40", 10)
                .replaceFirst("\\{", "{\"colour\": \"red\",");
        JsonNode error = JSON.readTree(expect(400, post("risk", request)).body());
        assertEquals("colour", error.at("/error/field").asText());
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsABadRequest() throws Exception {
        JsonNode notJson = JSON.readTree(expect(400, post("risk", "{\"amount\":")).body());
        assertEquals("malformed JSON at column 11: the text ends where a value belongs",
                notJson.at("/error/message").asText());
        assertTrue(notJson.at("/error/field").isNull());
        JsonNode array = JSON.readTree(expect(400, post("risk", "[1, 2]")).body());
        assertEquals("a request must be a JSON object, found a list",
                array.at("/error/message").asText());
    }

    @Test
    void aDuplicateKeyIsRefusedNamingItAsTheCliDoes() throws Exception {
        String request = Scenarios.risk("cancel", "40", 10)
                .replaceFirst("\\{", "{\"amount\": \"5000\",");
        JsonNode error = JSON.readTree(expect(400, post("risk", request)).body());
        assertEquals("field `amount` is given twice", error.at("/error/message").asText());
        assertEquals("amount", error.at("/error/field").asText());
    }

    @Test
    void anOversizedBodyIsRefused() throws Exception {
        String body = "{\"padding\":\"" + "x".repeat(JsonExchange.MAX_BODY_BYTES) + "\"}";
        expect(413, post("risk", body));
    }

    @Test
    void anUnknownPolicyIsNotFound() throws Exception {
        HttpResponse<String> response = post("returns", Scenarios.risk("cancel", "40", 10));
        assertEquals(404, response.statusCode());
        assertEquals("{\"error\":{\"message\":\"unknown policy `returns`: see GET /policies\","
                + "\"field\":null}}", response.body());
        expect(404, send(HttpRequest.newBuilder(base.resolve("/elsewhere"))));
    }

    @Test
    void otherMethodsAreNotAllowed() throws Exception {
        HttpResponse<String> get = send(HttpRequest.newBuilder(base.resolve("/decide/risk")));
        assertEquals(405, get.statusCode());
        assertEquals("POST", get.headers().firstValue("Allow").orElseThrow());
        HttpResponse<String> delete = send(HttpRequest.newBuilder(base.resolve("/policies"))
                .DELETE());
        assertEquals(405, delete.statusCode());
        assertEquals("GET, HEAD", delete.headers().firstValue("Allow").orElseThrow());
    }

    private static void assertDecision(JsonNode decision, String outcome, String rule,
                                       String source) {
        assertEquals(outcome, decision.get("outcome").asText(), decision.toString());
        assertEquals(rule, decision.get("rule").asText(), decision.toString());
        assertEquals(source, decision.get("source").asText(), decision.toString());
    }

    private static JsonNode decide(String policy, String request) throws Exception {
        return JSON.readTree(expect(200, post(policy, request)).body());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return response;
    }

    private static HttpResponse<String> post(String policy, String json) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve("/decide/" + policy))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
