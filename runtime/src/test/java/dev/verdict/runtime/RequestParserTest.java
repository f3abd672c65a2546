package dev.verdict.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestParserTest {

    private static final List<FieldSpec> FIELDS = List.of(
            new FieldSpec("request", FieldKind.ENUM, List.of("cancel", "refund_only"), 0, 1, false),
            new FieldSpec("reason", FieldKind.ENUM, List.of("size", "größe"), 0, 1, false),
            new FieldSpec("amount", FieldKind.MONEY, List.of(), 0, Long.MAX_VALUE, false),
            new FieldSpec("since_delivery", FieldKind.DURATION, List.of(), 0, Long.MAX_VALUE, true),
            new FieldSpec("buyer.credit_score", FieldKind.INT, List.of(), 0, 100, true),
            new FieldSpec("buyer.refunds_30d", FieldKind.INT, List.of(), 0, Long.MAX_VALUE, false),
            new FieldSpec("item.opened", FieldKind.BOOL, List.of(), 0, 1, true),
            new FieldSpec("order.meta.tier", FieldKind.INT, List.of(), Long.MIN_VALUE, 5, true));
    private static final boolean[] REQUIRED = {true, true, true, false, false, true, false, false};
    private static final RequestReader READER = new RequestReader(FIELDS, "USD", 2, REQUIRED);
    private static final String VALID =
            "{\"request\":\"refund_only\",\"reason\":\"size\",\"amount\":\"79.99\","
                    + "\"buyer\":{\"refunds_30d\":2}}";

    private static InvalidRequestException invalid(String json) {
        InvalidRequestException e =
                assertThrows(InvalidRequestException.class, () -> READER.read(json));
        assertEquals(0, e.getStackTrace().length, "reports bad input, carries no stack trace");
        return e;
    }

    private static void assertInvalid(String json, String field, String message) {
        InvalidRequestException e = invalid(json);
        assertEquals(message, e.getMessage());
        assertEquals(field, e.field());
    }

    /** VALID with {@code extra} (a JSON member list) added at the end. */
    private static String with(String extra) {
        return VALID.substring(0, VALID.length() - 1) + "," + extra + "}";
    }

    @Test
    void readsTheSameValuesAsFromMaps() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("request", "refund_only");
        request.put("reason", "size");
        request.put("amount", "79.99");
        request.put("buyer", Map.of("refunds_30d", 2));
        assertEquals(READER.read(request), READER.read(VALID));
        String all = with("\"since_delivery\":\"36h\",\"item\":{\"opened\":true},"
                + "\"buyer.credit_score\":100,\"order\":{\"meta.tier\":-7}");
        RequestValues values = READER.read(all);
        assertEquals(List.of(1L, 0L, 7999L, 2160L, 100L, 2L, 1L, -7L),
                List.of(values.value(0), values.value(1), values.value(2), values.value(3),
                        values.value(4), values.value(5), values.value(6), values.value(7)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"79.99", "\"79.99\"", "\"79.990\"", "\"79.99 USD\"", "7999e-2",
                            "0.7999E2"})
    void readsMoneyExactlyFromStringsAndNumbers(String amount) {
        assertEquals(7999, READER.read(VALID.replace("\"79.99\"", amount)).value(2));
    }

    @Test
    void readsEscapesAndUtf8InStrings() {
        assertEquals(0, READER.read(VALID.replace("\"size\"", "\"\\u0073i\\u007Ae\"")).value(1));
        assertEquals(1, READER.read(VALID.replace("\"size\"", "\"größe\"")).value(1));
        assertInvalid(VALID.replace("\"size\"", "\"gr\\u00f6\\u00dfX\""), "reason",
                "unknown value `größX` for `reason` (expected one of: size, größe)");
    }

    @Test
    void refusesDuplicateKeysNamingThem() {
        assertInvalid("{\"amount\":\"5000\",\"amount\":\"10\"}", "amount",
                "field `amount` is given twice");
        assertInvalid(with("\"amount\":null"), "amount", "field `amount` is given twice");
        assertInvalid(with("\"buyer.refunds_30d\":1"), "buyer.refunds_30d",
                "field `buyer.refunds_30d` is given twice");
        assertInvalid(with("\"buyer\":{\"credit_score\":1}"), "buyer", "`buyer` is given twice");
        assertInvalid(with("\"order\":{\"meta\":null},\"order.meta\":{}"), "order.meta",
                "`order.meta` is given twice");
    }

    @Test
    void nullIsAbsentAndAParserForgetsTheLastRequest() {
        RequestParser parser = READER.parser();
        byte[] full = with("\"since_delivery\":\"3d\"").getBytes(StandardCharsets.UTF_8);
        assertEquals(4320, parser.read(full, 0, full.length).value(3));
        byte[] none = with("\"since_delivery\":null,\"item\":null")
                .getBytes(StandardCharsets.UTF_8);
        assertFalse(parser.read(none, 0, none.length).isPresent(3));
        assertInvalid(VALID.replace("\"79.99\"", "null"), "amount",
                "request lacks required field `amount`");
    }

    @Test
    void refusesUnknownFieldsAndMistypedGroups() {
        assertInvalid(with("\"colour\":\"red\""), "colour", "unknown field `colour`");
        assertInvalid(VALID.replace("{\"refunds_30d\"", "{\"age\":3,\"refunds_30d\""), "buyer.age",
                "unknown field `buyer.age`");
        assertInvalid(VALID.replace("{\"refunds_30d\":2}", "[2]"), "buyer",
                "`buyer` must be an object, found a list");
        assertInvalid(VALID.replace("{\"refunds_30d\":2}", "0"), "buyer",
                "`buyer` must be an object, found 0");
        assertInvalid(VALID.replace(":2}", ":{\"n\":1}}"), "buyer.refunds_30d",
                "`buyer.refunds_30d` must be an integer, found an object");
    }

    @Test
    void saysWhenANumberIsOutOfRange() {
        assertInvalid(VALID.replace(":2}", ":99999999999999999999}"), "buyer.refunds_30d",
                "`buyer.refunds_30d` is out of range (at least 0 and at most 19 digits), "
                        + "found 99999999999999999999");
        assertInvalid(VALID.replace(":2}", ":9223372036854775808}"), "buyer.refunds_30d",
                "`buyer.refunds_30d` is out of range (at least 0 and at most 19 digits), "
                        + "found 9223372036854775808");
        assertEquals(Long.MAX_VALUE,
                READER.read(VALID.replace(":2}", ":9223372036854775807}")).value(5));
        assertInvalid(with("\"buyer.credit_score\":99999999999999999999"), "buyer.credit_score",
                "`buyer.credit_score` must be between 0 and 100, found 99999999999999999999");
        assertInvalid(with("\"order.meta.tier\":-99999999999999999999"), "order.meta.tier",
                "`order.meta.tier` is out of range (at most 5 and at most 19 digits), "
                        + "found -99999999999999999999");
        assertInvalid(VALID.replace("\"79.99\"", "99999999999999999999"), "amount",
                "`amount` is too large, found 99999999999999999999");
        assertInvalid(VALID.replace(":2}", ":2.0}"), "buyer.refunds_30d",
                "`buyer.refunds_30d` must be an integer, found 2.0");
    }

    @Test
    void saysWhereJsonIsMalformed() {
        assertMalformed("{\"amount\":1,}", "column 13: expected a key in double quotes");
        assertMalformed("{", "column 2: expected a key in double quotes");
        assertMalformed("{\"amount\" 1}", "column 11: expected `:` after a key");
        assertMalformed("{\"amount\":1 2}", "column 13: expected `,` or `}`");
        assertMalformed("{\"amount\":1", "column 12: the text ends inside an object");
        assertMalformed("{\"amount\":\ntru}", "line 2, column 1: expected a value");
        assertMalformed("{\"amount\":NaN}", "column 11: expected a value");
        assertMalformed("{\"amount\":01}", "column 12: expected `,` or `}`");
        assertMalformed("{\"amount\":-}", "column 12: a number needs digits");
        assertMalformed("{\"amount\":1.}", "column 13: a number needs digits after `.`");
        assertMalformed("{\"amount\":\"1\\x\"}", "column 13: unknown escape `\\x`");
        assertMalformed("{\"amount\":\"1\u0001\"}", "column 13: a control character inside a "
                + "string (escape it)");
        assertMalformed("{\"amount\":\"1", "column 13: unterminated string");
        assertMalformed(VALID + "{}", "column " + (VALID.length() + 1)
                + ": more text after the request's closing `}`");
        assertMalformed("x", "column 1: expected a JSON object");
        assertEquals("malformed JSON: no text", invalid(" \t\r").getMessage());
    }

    private static void assertMalformed(String json, String message) {
        assertInvalid(json, null, "malformed JSON at " + message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"[1]|a list", "null|null", "\"x\"|a string", "3|a number",
                                        "true|a boolean"})
    void wantsAnObject(String json, String found) {
        assertInvalid(json, null, "a request must be a JSON object, found " + found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ff", "c0 80", "ed a0 80", "e2 82", "f4 90 80 80", "80", "f8 88 80 80"})
    void refusesTextThatIsNotUtf8(String hex) {
        int at = VALID.indexOf("size") + 1;
        String[] parts = hex.split(" ");
        byte[] bytes = new byte[VALID.length() + parts.length];
        byte[] valid = VALID.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(valid, 0, bytes, 0, at);
        for (int i = 0; i < parts.length; i++) {
            bytes[at + i] = (byte) Integer.parseInt(parts[i], 16);
        }
        System.arraycopy(valid, at, bytes, at + parts.length, valid.length - at);
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> READER.read(bytes, 0, bytes.length));
        assertEquals("not UTF-8 text", e.getMessage());
        assertNull(e.field());
    }

    @Test
    void aParserAllocatesNothingPerRequest() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        RequestParser parser = READER.parser();
        byte[] json = with("\"since_delivery\":\"36h\",\"item\":{\"opened\":true},"
                + "\"buyer.credit_score\":100,\"reason\":\"gr\u00f6\u00dfe\"")
                .replace("\"reason\":\"size\",", "").getBytes(StandardCharsets.UTF_8);
        long sum = 0;
        for (int i = 0; i < 1000; i++) {
            sum += parser.read(json, 0, json.length).value(2);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 10_000; i++) {
            sum += parser.read(json, 0, json.length).value(2);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals(11_000 * 7999L, sum);
        assertTrue(allocated < 10_000, allocated + " bytes for 10,000 requests");
    }

    @Test
    void readsOnlyTheGivenRangeOfBytes() {
        byte[] bytes = ("xx" + VALID + "yy").getBytes(StandardCharsets.UTF_8);
        assertEquals(READER.read(VALID), READER.read(bytes, 2, bytes.length - 2));
    }
}
