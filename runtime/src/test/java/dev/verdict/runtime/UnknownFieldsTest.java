package dev.verdict.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pass-through fields are skipped; other unknown fields are refused unless told to ignore them. */
class UnknownFieldsTest {

    private static final List<FieldSpec> FIELDS = List.of(
            new FieldSpec("amount", FieldKind.MONEY, List.of(), 0, Long.MAX_VALUE, false),
            new FieldSpec("buyer.vip", FieldKind.BOOL, List.of(), 0, 1, true));
    private static final boolean[] REQUIRED = {true, false};
    private static final Set<String> PASSTHROUGH = Set.of("order_id", "shop.ref");

    private static RequestReader reader(UnknownFields unknown) {
        return new RequestReader(FIELDS, "USD", 2, REQUIRED, PASSTHROUGH, unknown);
    }

    private static Map<String, Object> request(String key, Object value) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("amount", "12.50");
        request.put(key, value);
        return request;
    }

    @Test
    void passThroughFieldsAreSkippedWhateverTheirValue() {
        RequestReader reader = reader(UnknownFields.REJECT);
        for (Object id : List.of("576462", 576462, Map.of("nested", true), List.of(1))) {
            RequestValues values = reader.read(request("order_id", id));
            assertEquals(1250, values.value(0));
            assertFalse(values.isPresent(1));
        }
        assertEquals(1250, reader.read(request("shop", Map.of("ref", "A-7"))).value(0));
        assertEquals(1250, reader.read(request("shop.ref", "A-7")).value(0));
    }

    @Test
    void otherUnknownFieldsAreRefusedByDefault() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> reader(UnknownFields.REJECT).read(request("order_ref", "x")));
        assertEquals("order_ref", e.field());
        assertEquals("unknown field `order_ref`", e.getMessage());
        InvalidRequestException plain = assertThrows(InvalidRequestException.class,
                () -> new RequestReader(FIELDS, "USD", 2, REQUIRED).read(request("order_id", 1)));
        assertEquals("order_id", plain.field());
    }

    @Test
    void ignoringUnknownFieldsStillChecksDeclaredOnes() {
        RequestReader reader = reader(UnknownFields.IGNORE);
        assertEquals(1250, reader.read(request("colour", "red")).value(0));
        assertEquals(1250, reader.read(request("buyer", Map.of("vip", true, "age", 3))).value(0));
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> reader.read(request("buyer", Map.of("vip", "yes"))));
        assertEquals("buyer.vip", e.field());
        assertThrows(InvalidRequestException.class, () -> reader.read(Map.of("colour", "red")));
    }
}
