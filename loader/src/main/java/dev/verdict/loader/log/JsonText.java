package dev.verdict.loader.log;

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
            string(out, String.valueOf(value));
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        String separator = "";
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(separator);
            string(out, String.valueOf(entry.getKey()));
            out.append(':');
            value(out, entry.getValue());
            separator = ",";
        }
        out.append('}');
    }

    static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
