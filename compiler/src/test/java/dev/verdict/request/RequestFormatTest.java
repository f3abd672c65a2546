package dev.verdict.request;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.FieldKind;
import dev.verdict.runtime.FieldSpec;
import dev.verdict.runtime.InvalidRequestException;
import dev.verdict.runtime.RequestReader;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Field;
import dev.verdict.schema.Type;
import dev.verdict.testing.Ir;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestFormatTest {

    private static final CheckedPolicy POLICY = Ir.policy()
            .reads("request", "reason", "amount", "since_delivery", "buyer.refunds_30d").build();
    private static final RequestFormat FORMAT = RequestFormat.of(POLICY);

    @Test
    void describesEverySchemaFieldByIndex() {
        List<FieldSpec> fields = FORMAT.fields();
        assertEquals(Ir.SCHEMA.fields().size(), fields.size());
        assertEquals(Ir.SCHEMA.fields().stream().map(Field::path).toList(),
                fields.stream().map(FieldSpec::path).toList());
        assertEquals(new FieldSpec("buyer.credit_score", FieldKind.INT, List.of(), 0, 100, true),
                fields.get(Ir.field("buyer.credit_score").index()));
        assertEquals(new FieldSpec("item.quantity", FieldKind.INT, List.of(), 1, Long.MAX_VALUE,
                false), fields.get(Ir.field("item.quantity").index()));
        FieldSpec request = fields.get(Ir.field("request").index());
        assertEquals(FieldKind.ENUM, request.kind());
        assertEquals(List.of("cancel", "refund_only", "return_and_refund", "replacement"),
                request.enumValues());
        assertEquals(FieldKind.MONEY, fields.get(Ir.field("amount").index()).kind());
        assertEquals(FieldKind.DURATION, fields.get(Ir.field("since_delivery").index()).kind());
        assertEquals(FieldKind.BOOL, fields.get(Ir.field("item.opened").index()).kind());
    }

    @Test
    void requiresTheFieldsThatTheSchemaRequiresAndThePolicyReads() {
        boolean[] expected = new boolean[Ir.SCHEMA.fields().size()];
        for (String path : List.of("request", "reason", "amount", "buyer.refunds_30d")) {
            expected[Ir.field(path).index()] = true;
        }
        assertArrayEquals(expected, FORMAT.required());
        assertEquals(false, FORMAT.isRequired(Ir.field("since_delivery").index()), "optional");
        assertEquals(false, FORMAT.isRequired(Ir.field("category").index()), "not read");
        FORMAT.required()[0] = false;
        assertEquals(true, FORMAT.isRequired(0), "required() is a copy");
    }

    @Test
    void readsRequestsForThePolicy() {
        RequestValues values = FORMAT.reader().read(
                "{\"request\":\"return_and_refund\",\"reason\":\"size\",\"amount\":\"45.00\","
                + "\"category\":\"womenswear\",\"order\":{\"status\":\"delivered\"},"
                + "\"since_delivery\":\"3d\",\"buyer\":{\"refunds_30d\":0}}");
        assertEquals(Ir.request("request", "return_and_refund", "reason", "size", "amount", 4500,
                "category", "womenswear", "order.status", "delivered", "since_delivery", Ir.days(3),
                "buyer.refunds_30d", 0), values);
        var noRefunds = "{\"request\":\"cancel\",\"reason\":\"size\",\"amount\":1}";
        InvalidRequestException missing = assertThrows(InvalidRequestException.class,
                () -> FORMAT.reader().read(noRefunds));
        assertEquals("request lacks required field `buyer.refunds_30d`", missing.getMessage());
    }

    @Test
    void readsMoneyInThePolicyCurrency() {
        CheckedPolicy yen = new CheckedPolicy("t.policy", "yen", Ir.SCHEMA, "JPY", 0, null,
                List.of(), null, List.of(Ir.noValue()), POLICY.reads(), List.of());
        RequestReader reader = RequestFormat.of(yen).reader();
        String json = "{\"request\":\"cancel\",\"reason\":\"size\",\"amount\":\"1200 JPY\","
                + "\"buyer.refunds_30d\":0}";
        assertEquals(1200, reader.read(json).value(2));
        var cents = json.replace("1200 JPY", "12.5");
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> reader.read(cents));
        assertEquals("`amount` has more decimals than JPY allows (0)", e.getMessage());
    }

    @Test
    void refusesFieldTypesThatRequestsCannotCarry() {
        Field percent = new Field(0, "discount", Type.PERCENT, false, "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RequestFormat.spec(percent));
        assertEquals("request field `discount` has type percent, which requests cannot carry",
                e.getMessage());
    }
}
