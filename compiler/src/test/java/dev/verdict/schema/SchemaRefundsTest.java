package dev.verdict.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.check.SchemaReader;
import dev.verdict.diag.Diagnostic;
import dev.verdict.source.Schemas;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The money outcomes pay back comes from the schema: {@code refunds FIELD [of PARAM]}. */
class SchemaRefundsTest {

    private static SchemaReader.Result read(String outcome) {
        String text = """
                schema mini
                currency USD 2
                field request: enum [a]
                field amount: money
                field count: int
                field other: money
                %s
                outcome review
                otherwise review
                """.formatted(outcome);
        return Schemas.read("mini.schema", text, null);
    }

    private static List<String> messages(SchemaReader.Result result) {
        return result.diagnostics().stream().map(d -> d.code() + " " + d.message() + " | "
                + d.help()).toList();
    }

    @Test
    void theBundledSchemaRefundsTheAmountOrAPercentOfIt() {
        Schema schema = Schemas.aftersale();
        assertEquals("amount", schema.amountField().orElseThrow().path());
        Map<String, Refund> refunds = schema.outcomes().stream()
                .filter(o -> o.refunds() != Refund.NONE)
                .collect(Collectors.toMap(OutcomeDef::name, OutcomeDef::refunds));
        assertEquals(Map.of("approve_refund", Refund.AMOUNT, "approve_return_label", Refund.AMOUNT,
                "offer_partial_refund", Refund.PERCENT_OF_AMOUNT), refunds);
    }

    @Test
    void aSchemaWithoutMoneyNeedsNoAmountField() {
        Schema schema = read("outcome ok when request = a").schema().orElseThrow();
        assertTrue(schema.amountField().isEmpty());
        assertEquals(Refund.NONE, schema.outcome("ok").orElseThrow().refunds());
    }

    @Test
    void aPercentOfTheAmountNeedsOnePercentParameter() {
        Schema schema = read("outcome part(p: percent) refunds p of amount").schema().orElseThrow();
        assertEquals(Refund.PERCENT_OF_AMOUNT, schema.outcome("part").orElseThrow().refunds());
        assertEquals("amount", schema.amountField().orElseThrow().path());
        assertEquals(List.of("E0605 outcome `part`: `p` is not the outcome's one `percent` "
                        + "parameter | write `outcome part(p: percent) ... refunds p of amount`"),
                messages(read("outcome part refunds p of amount")));
    }

    @Test
    void anOutcomeRefundsOneMoneyFieldOfTheSchema() {
        assertEquals(List.of("E0605 outcome `pay`: it refunds `count`, which is not a money "
                        + "field | name the money field the outcome pays back, such as `amount`"),
                messages(read("outcome pay refunds count")));
        SchemaReader.Result two = read("outcome pay refunds amount\noutcome more refunds other");
        assertEquals(List.of("E0605 outcome `more`: it refunds `other`, but other outcomes refund "
                + "`amount` | a schema's outcomes refund one money field"), messages(two));
        Diagnostic diagnostic = two.diagnostics().get(0);
        assertEquals("mini.schema", diagnostic.file());
        assertEquals(8, diagnostic.span().line());
        assertTrue(two.schema().isEmpty());
    }
}
