package dev.verdict.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The money outcomes pay back comes from the schema data: {@code amountField}, {@code refunds}. */
class SchemaRefundsTest {

    private static Schema load(String amountField, String outcome) throws IOException {
        String json = """
                {"name": "mini", "requestField": "request", %s
                 "fields": [{"path": "request", "type": "enum", "values": ["a"]},
                            {"path": "amount", "type": "money"}, {"path": "count", "type": "int"}],
                 "outcomes": [%s, {"name": "review", "appliesTo": ["a"]}],
                 "lints": {"fallback": "review"}, "currencies": {"USD": 2}}
                """.formatted(amountField, outcome);
        return SchemaLoader.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theBundledSchemaRefundsTheAmountOrAPercentOfIt() {
        Schema schema = Schema.aftersale();
        assertEquals("amount", schema.amountField().orElseThrow().path());
        Map<String, Refund> refunds = schema.outcomes().stream()
                .filter(o -> o.refunds() != Refund.NONE)
                .collect(Collectors.toMap(OutcomeDef::name, OutcomeDef::refunds));
        assertEquals(Map.of("approve_refund", Refund.AMOUNT, "approve_return_label", Refund.AMOUNT,
                "offer_partial_refund", Refund.PERCENT_OF_AMOUNT), refunds);
    }

    @Test
    void aSchemaWithoutMoneyNeedsNoAmountField() throws IOException {
        Schema schema = load("", "{\"name\": \"ok\", \"appliesTo\": [\"a\"]}");
        assertTrue(schema.amountField().isEmpty());
        assertEquals(Refund.NONE, schema.outcome("ok").orElseThrow().refunds());
    }

    @Test
    void aPercentOfTheAmountNeedsOnePercentParameter() throws IOException {
        String percent = "{\"name\": \"part\", \"appliesTo\": [\"a\"], \"refunds\": "
                + "\"percent_of_amount\", \"params\": [{\"name\": \"p\", \"type\": \"percent\"}]}";
        assertEquals(Refund.PERCENT_OF_AMOUNT,
                load("\"amountField\": \"amount\",", percent).outcome("part").orElseThrow()
                        .refunds());
        String none = "{\"name\": \"part\", \"appliesTo\": [\"a\"], \"refunds\": "
                + "\"percent_of_amount\"}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> load("\"amountField\": \"amount\",", none));
        assertEquals("outcome part refunds a percent of the amount, so it needs exactly one "
                + "percent parameter", e.getMessage());
    }

    @Test
    void badRefundDataIsRejectedWithTheReason() {
        String refund = "{\"name\": \"pay\", \"appliesTo\": [\"a\"], \"refunds\": \"amount\"}";
        assertEquals("outcome pay refunds an amount, but schema mini names no amountField",
                assertThrows(IllegalArgumentException.class, () -> load("", refund))
                        .getMessage());
        assertEquals("schema mini lacks the money field count",
                assertThrows(IllegalArgumentException.class,
                        () -> load("\"amountField\": \"count\",", refund)).getMessage());
        String unknown = "{\"name\": \"pay\", \"appliesTo\": [\"a\"], \"refunds\": \"all\"}";
        assertEquals("unknown refunds `all` of outcome pay in schema",
                assertThrows(IllegalArgumentException.class,
                        () -> load("\"amountField\": \"amount\",", unknown)).getMessage());
    }
}
