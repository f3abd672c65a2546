package dev.verdict.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestReaderTest {

    private static final List<FieldSpec> FIELDS = List.of(
            new FieldSpec("request", FieldKind.ENUM, List.of("cancel", "refund_only"), 0, 1, false),
            new FieldSpec("reason", FieldKind.ENUM, List.of("size", "changed_mind", "damaged"),
                    0, 2, false),
            new FieldSpec("amount", FieldKind.MONEY, List.of(), 0, Long.MAX_VALUE, false),
            new FieldSpec("since_delivery", FieldKind.DURATION, List.of(), 0, Long.MAX_VALUE, true),
            new FieldSpec("buyer.credit_score", FieldKind.INT, List.of(), 0, 100, true),
            new FieldSpec("buyer.refunds_30d", FieldKind.INT, List.of(), 0, Long.MAX_VALUE, false),
            new FieldSpec("item.opened", FieldKind.BOOL, List.of(), 0, 1, true),
            new FieldSpec("order.meta.tier", FieldKind.INT, List.of(), Long.MIN_VALUE, 5, false));
    private static final boolean[] REQUIRED = {true, true, true, false, false, true, false, false};
    private static final RequestReader READER = new RequestReader(FIELDS, "USD", 2, REQUIRED);

    private static Map<String, Object> valid() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("request", "refund_only");
        request.put("reason", "damaged");
        request.put("amount", "79.99");
        request.put("buyer", new LinkedHashMap<>(Map.of("refunds_30d", 2)));
        return request;
    }

    private static InvalidRequestException invalid(Map<String, Object> request) {
        return assertThrows(InvalidRequestException.class, () -> READER.read(request));
    }

    private static void assertInvalid(Map<String, Object> request, String field, String message) {
        InvalidRequestException e = invalid(request);
        assertEquals(message, e.getMessage());
        assertEquals(field, e.field());
    }

    @Test
    void readsNestedObjectsIntoValuesByIndex() {
        RequestValues values = READER.read(valid());
        RequestValues expected = RequestValues.builder(8).set(0, 1).set(1, 2).set(2, 7999).set(5, 2)
                .build();
        assertEquals(expected, values);
    }

    @Test
    void readsFlatDottedKeysLikeNestedOnes() {
        Map<String, Object> flat = valid();
        flat.remove("buyer");
        flat.put("buyer.refunds_30d", 2);
        flat.put("order.meta.tier", -3);
        flat.put("order", Map.of("meta.tier", 1));
        flat.remove("order.meta.tier");
        assertEquals(READER.read(valid()).toBuilder().set(7, 1).build(), READER.read(flat));
    }

    @Test
    void readsEveryKindOfValue() {
        Map<String, Object> request = valid();
        request.put("since_delivery", "36h");
        request.put("item", Map.of("opened", true));
        ((Map<String, Object>) request.get("buyer")).put("credit_score", 100L);
        request.put("order.meta.tier", BigInteger.valueOf(-7));
        RequestValues values = READER.read(request);
        assertEquals(2160, values.value(3));
        assertEquals(100, values.value(4));
        assertEquals(1, values.value(6));
        assertEquals(-7, values.value(7));
    }

    @Test
    void readsMoneyNumbersExactly() {
        Map<String, Object> request = valid();
        List<Object> amounts =
                List.of(new BigDecimal("79.99"), 79.99, 79.99f, "79.990", "79.99 USD");
        for (Object amount : amounts) {
            request.put("amount", amount);
            assertEquals(7999, READER.read(request).value(2), () -> "amount " + amount);
        }
        for (Object amount : List.of(80, 80L, BigInteger.valueOf(80), new BigDecimal("8E+1"))) {
            request.put("amount", amount);
            assertEquals(8000, READER.read(request).value(2), () -> "amount " + amount);
        }
    }

    @Test
    void nullIsAbsent() {
        Map<String, Object> request = valid();
        request.put("since_delivery", null);
        request.put("item", null);
        RequestValues values = READER.read(request);
        assertFalse(values.isPresent(3));
        assertFalse(values.isPresent(6));
        request.put("amount", null);
        assertInvalid(request, "amount", "request lacks required field `amount`");
    }

    @Test
    void onlyRequiredFieldsMayNotBeMissing() {
        Map<String, Object> request = valid();
        RequestValues values = READER.read(request);
        assertFalse(values.isPresent(7), "a field the policy does not read may be missing");
        request.remove("reason");
        assertInvalid(request, "reason", "request lacks required field `reason`");
        request.put("reason", "size");
        request.remove("buyer");
        assertInvalid(request, "buyer.refunds_30d",
                "request lacks required field `buyer.refunds_30d`");
        assertTrue(READER.isRequired(5));
    }

    @Test
    void rejectsUnknownFields() {
        Map<String, Object> request = valid();
        request.put("colour", "red");
        assertInvalid(request, "colour", "unknown field `colour`");
        request.remove("colour");
        ((Map<String, Object>) request.get("buyer")).put("age", 3);
        assertInvalid(request, "buyer.age", "unknown field `buyer.age`");
        request.put("buyer", Map.of("refunds_30d.x", 3));
        assertInvalid(request, "buyer.refunds_30d.x", "unknown field `buyer.refunds_30d.x`");
    }

    @Test
    void rejectsAFieldGivenTwice() {
        Map<String, Object> request = valid();
        request.put("buyer.refunds_30d", 1);
        assertInvalid(request, "buyer.refunds_30d", "field `buyer.refunds_30d` is given twice");
    }

    @Test
    void rejectsObjectsWhereValuesBelongAndValuesWhereObjectsBelong() {
        Map<String, Object> request = valid();
        request.put("buyer", 0);
        assertInvalid(request, "buyer", "`buyer` must be an object, found 0");
        request.put("buyer", List.of(1));
        assertInvalid(request, "buyer", "`buyer` must be an object, found a list");
        request.put("buyer", Map.of("refunds_30d", Map.of("n", 1)));
        assertInvalid(request, "buyer.refunds_30d",
                "`buyer.refunds_30d` must be an integer, found an object");
    }

    @Test
    void namesTheProblemWithMoney() {
        Map<String, Object> request = valid();
        request.put("amount", "abc");
        assertInvalid(request, "amount", "`amount` must be money such as \"79.99\", found \"abc\"");
        request.put("amount", "79.999");
        assertInvalid(request, "amount", "`amount` has more decimals than USD allows (2)");
        request.put("amount", new BigDecimal("79.999"));
        assertInvalid(request, "amount", "`amount` has more decimals than USD allows (2)");
        request.put("amount", -5);
        assertInvalid(request, "amount", "`amount` must not be negative, found -5");
        request.put("amount", "5.00 EUR");
        assertInvalid(request, "amount", "`amount` must be in USD, found \"5.00 EUR\"");
        request.put("amount", new BigDecimal("1E+400"));
        assertInvalid(request, "amount", "`amount` is too large, found 1E+400");
        request.put("amount", Double.NaN);
        assertInvalid(request, "amount", "`amount` must be money such as \"79.99\", found NaN");
        request.put("amount", true);
        assertInvalid(request, "amount", "`amount` must be money such as \"79.99\", found true");
    }

    @Test
    void namesTheProblemWithEnums() {
        Map<String, Object> request = valid();
        request.put("reason", "sise");
        assertInvalid(request, "reason",
                "unknown value `sise` for `reason` (expected one of: size, changed_mind, damaged)");
        request.put("reason", 2);
        assertInvalid(request, "reason",
                "`reason` must be one of: size, changed_mind, damaged, found 2");
    }

    @Test
    void namesTheProblemWithIntegers() {
        Map<String, Object> request = valid();
        request.put("buyer", Map.of("refunds_30d", "two"));
        assertInvalid(request, "buyer.refunds_30d",
                "`buyer.refunds_30d` must be an integer, found \"two\"");
        request.put("buyer", Map.of("refunds_30d", new BigDecimal("2.0")));
        assertInvalid(request, "buyer.refunds_30d",
                "`buyer.refunds_30d` must be an integer, found 2.0");
        request.put("buyer", Map.of("refunds_30d", -1));
        assertInvalid(request, "buyer.refunds_30d",
                "`buyer.refunds_30d` must be at least 0, found -1");
        request.put("buyer", Map.of("refunds_30d", 1, "credit_score", 101));
        assertInvalid(request, "buyer.credit_score",
                "`buyer.credit_score` must be between 0 and 100, found 101");
        request.put("buyer", Map.of("refunds_30d", 1));
        request.put("order.meta.tier", new BigInteger("99999999999999999999999"));
        assertInvalid(request, "order.meta.tier",
                "`order.meta.tier` must be at most 5, found 99999999999999999999999");
    }

    @Test
    void namesTheProblemWithDurationsAndBools() {
        Map<String, Object> request = valid();
        request.put("since_delivery", 3);
        assertInvalid(request, "since_delivery",
                "`since_delivery` must be a duration such as \"3d\", \"36h\" or \"30m\", found 3");
        request.put("since_delivery", "-3d");
        assertInvalid(request, "since_delivery",
                "`since_delivery` must not be negative, found \"-3d\"");
        request.put("since_delivery", "99999999999999999d");
        assertInvalid(request, "since_delivery",
                "`since_delivery` is too large, found \"99999999999999999d\"");
        request.remove("since_delivery");
        request.put("item.opened", "yes");
        assertInvalid(request, "item.opened", "`item.opened` must be true or false, found \"yes\"");
    }

    @Test
    void quotesLongStringsShortened() {
        Map<String, Object> request = valid();
        request.put("amount", "x".repeat(100) + "\"");
        String found = "\"" + "x".repeat(40) + "...\"";
        assertEquals("`amount` must be money such as \"79.99\", found " + found,
                invalid(request).getMessage());
    }

    @Test
    void toleratesNonStringKeysInNestedMaps() {
        Map<String, Object> request = valid();
        Map<Object, Object> buyer = new HashMap<>();
        buyer.put(7, 1);
        request.put("buyer", buyer);
        assertInvalid(request, "buyer.7", "unknown field `buyer.7`");
    }

    @Test
    void requiresOneRequiredFlagPerField() {
        assertThrows(IllegalArgumentException.class,
                () -> new RequestReader(FIELDS, "USD", 2, new boolean[3]));
    }
}
