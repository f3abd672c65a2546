package dev.verdict.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** String, date and timestamp fields, read from JSON text and from maps alike. */
class TextAndDateFieldsTest {

    private static final List<FieldSpec> FIELDS = List.of(
            new FieldSpec("carrier", FieldKind.STRING, List.of(), 0, 0, false),
            new FieldSpec("ship_by", FieldKind.DATE, List.of(), Dates.MIN_DAY, Dates.MAX_DAY, true),
            new FieldSpec("decided_at", FieldKind.TIMESTAMP, List.of(), Dates.MIN_MILLIS,
                    Dates.MAX_MILLIS, true),
            new FieldSpec("amount", FieldKind.MONEY, List.of(), 0, Long.MAX_VALUE, false));
    private static final RequestReader READER =
            new RequestReader(FIELDS, "USD", 2, new boolean[] {true, false, false, true});

    private static RequestValues json(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        RequestValues streamed = READER.parser().read(bytes, 0, bytes.length).toBuilder().build();
        assertEquals(streamed, READER.read(json));
        return streamed;
    }

    /** The message for {@code json}; the same request as a map gets the same one. */
    private static String refusal(String json, Map<String, Object> asMap) {
        String streamed = assertThrows(InvalidRequestException.class, () -> READER.read(json))
                .getMessage();
        assertEquals(streamed, assertThrows(InvalidRequestException.class,
                () -> READER.read(asMap)).getMessage());
        return streamed;
    }

    private static Map<String, Object> request(String field, Object value) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("carrier", "ups");
        request.put("amount", "5.00");
        request.put(field, value);
        return request;
    }

    @Test
    void readsStringsDatesAndTimestamps() {
        RequestValues values = json("{\"carrier\":\"d\\u00e9p\\u00f4t\",\"amount\":\"5.00\","
                + "\"ship_by\":\"2026-11-27\",\"decided_at\":\"2026-11-27T04:30-05:00\"}");
        assertEquals("dépôt", values.text(0));
        assertEquals(0, values.value(0));
        assertEquals(Dates.parseDate("2026-11-27"), values.value(1));
        assertEquals(Dates.parseTimestamp("2026-11-27T09:30Z"), values.value(2));
        assertNull(values.text(1), "a date carries no text");
        Map<String, Object> asMap = request("ship_by", "2026-11-27");
        asMap.put("decided_at", "2026-11-27T09:30:00.000Z");
        asMap.put("carrier", "dépôt");
        assertEquals(values, READER.read(asMap));
    }

    @Test
    void aParserForgetsTheLastRequestsText() {
        RequestParser parser = READER.parser();
        byte[] first = "{\"carrier\":\"ups\",\"amount\":1}".getBytes(StandardCharsets.UTF_8);
        assertEquals("ups", parser.read(first, 0, first.length).text(0));
        byte[] second = "{\"carrier\":\"dhl\",\"amount\":1}".getBytes(StandardCharsets.UTF_8);
        RequestValues read = parser.read(second, 0, second.length);
        assertEquals("dhl", read.text(0));
        byte[] none = "{\"carrier\":null,\"amount\":1}".getBytes(StandardCharsets.UTF_8);
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> parser.read(none, 0, none.length));
        assertEquals("request lacks required field `carrier`", e.getMessage());
    }

    @Test
    void nullLeavesAnOptionalDateAbsent() {
        RequestValues values = json("{\"carrier\":\"ups\",\"amount\":1,\"ship_by\":null}");
        assertFalse(values.isPresent(1));
        assertTrue(values.isPresent(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "carrier|7|`carrier` must be a string, found 7",
        "carrier|true|`carrier` must be a string, found true",
        "ship_by|\"27/11/2026\"|`ship_by` must be a date such as \"2026-11-27\", found "
                + "\"27/11/2026\"",
        "ship_by|\"2026-02-30\"|`ship_by` must be a date such as \"2026-11-27\", found "
                + "\"2026-02-30\"",
        "ship_by|20261127|`ship_by` must be a date such as \"2026-11-27\", found 20261127",
        "decided_at|\"2026-11-27T09:30\"|`decided_at` must be a timestamp with an offset such as "
                + "\"2026-11-27T09:30:00Z\" or \"2026-11-27T04:30-05:00\", found "
                + "\"2026-11-27T09:30\"",
        "decided_at|\"2026-11-27T09:30:00.0001Z\"|`decided_at` has digits below the millisecond,"
                + " found \"2026-11-27T09:30:00.0001Z\"",
    })
    void namesTheProblemInBothForms(String field, String json, String message) {
        String text = "{\"carrier\":\"ups\",\"amount\":\"5.00\",\"" + field + "\":" + json + "}";
        if (field.equals("carrier")) {
            text = "{\"amount\":\"5.00\",\"carrier\":" + json + "}";
        }
        Object value = json.startsWith("\"") ? json.substring(1, json.length() - 1)
                : json.equals("true") ? Boolean.TRUE : Long.valueOf(json);
        assertEquals(message, refusal(text, request(field, value)));
    }
}
