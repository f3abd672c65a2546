package dev.verdict.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.verdict.runtime.InvalidRequestException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonRequestsTest {

    private static String error(String json) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> JsonRequests.parse(json));
        assertNull(e.field());
        assertEquals(0, e.getStackTrace().length, "reports bad input, carries no stack trace");
        return e.getMessage();
    }

    @Test
    void keepsNumbersExact() {
        Map<String, Object> request = JsonRequests.parse("{\"a\": 79.99, \"b\": 80, "
                + "\"c\": 5000000000, \"d\": 99999999999999999999, \"e\": 1e2}");
        assertEquals(new BigDecimal("79.99"), request.get("a"));
        assertEquals(80, request.get("b"));
        assertEquals(5_000_000_000L, request.get("c"));
        assertEquals(new BigInteger("99999999999999999999"), request.get("d"));
        assertEquals(new BigDecimal("1e2"), request.get("e"));
    }

    @Test
    void readsNestedObjectsAndNulls() {
        Map<String, Object> request =
                JsonRequests.parse("{\"buyer\": {\"refunds_30d\": 0}, \"x\": null}");
        assertEquals(Map.of("refunds_30d", 0), request.get("buyer"));
        assertNull(request.get("x"));
        assertEquals(2, request.size());
    }

    @Test
    void saysWhereJsonIsMalformed() {
        assertEquals("malformed JSON at column 8: unexpected character ('}' (code 125)): "
                + "was expecting double-quote to start field name", error("{\"a\":1,}"));
        assertEquals("malformed JSON at column 2: unexpected end-of-input: "
                + "expected close marker for Object", error("{"));
        assertEquals("malformed JSON at column 12: unexpected close marker '}': expected ']'",
                error("{\"a\": [1, 2}"));
        assertEquals("malformed JSON at line 2, column 1: unrecognized token 'tru': was expecting "
                + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                error("{\"a\":\ntru}"));
        assertEquals("malformed JSON at column 9: non-standard token 'NaN'", error("{\"a\":NaN}"));
        assertEquals("malformed JSON at column 11: duplicate field 'a'",
                error("{\"a\":1,\"a\":2}"));
        assertEquals("malformed JSON at column 8: more text after the request's closing `}`",
                error("{\"a\":1}{}"));
        assertEquals("malformed JSON: no text", error("  "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"[1]|a list", "null|null", "\"x\"|a string", "3|a number",
                                        "true|a boolean"})
    void wantsAnObject(String json, String found) {
        assertEquals("a request must be a JSON object, found " + found, error(json));
    }

    @Test
    void refusesInputOverJacksonsLimitsWithoutItsSettingNames() {
        String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertEquals("malformed JSON: document nesting depth (1001) exceeds "
                + "the maximum allowed (1000)", error(deep));
        assertEquals("malformed JSON: number value length (2000) exceeds "
                + "the maximum allowed (1000)", error("{\"a\":" + "9".repeat(2000) + "}"));
    }
}
