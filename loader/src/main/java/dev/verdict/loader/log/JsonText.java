package dev.verdict.loader.log;

import dev.verdict.runtime.Json;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Writes the values a parsed JSON request holds (maps, lists, strings, numbers, booleans, null)
 * back as JSON. Numbers keep their exact text ({@code 79.99} stays {@code 79.99}); anything else
 * is written as its string.
 */
final class JsonText {

    private JsonText() {
    }

    static void value(StringBuilder out, Object value) {
        if (value == null || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Number number && !(value instanceof Double
                || value instanceof Float)) {
            out.append(number);
        } else if (value instanceof Map<?, ?> map) {
            object(out, map);
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            String separator = "";
            for (Object item : list) {
                out.append(separator);
                value(out, item);
                separator = ",";
            }
            out.append(']');
        } else {
            Json.string(out, String.valueOf(value));
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        String separator = "";
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(separator);
            Json.string(out, String.valueOf(entry.getKey()));
            out.append(':');
            value(out, entry.getValue());
            separator = ",";
        }
        out.append('}');
    }
}
