package dev.verdict.runtime;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON writing for decisions and request errors, so the runtime needs no library;
 * {@link #string} is public for writers of decision logs.
 */
public final class Json {

    private static final int DESCRIBED_LENGTH = 40;

    private Json() {
    }

    /** Appends {@code value} as a JSON string ({@code null} for null), escaped. */
    public static void string(StringBuilder out, String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    static void strings(StringBuilder out, List<String> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(out, values.get(i));
        }
        out.append(']');
    }

    /** A value found in a request, for a message: {@code "abc"}, {@code 3}, {@code an object}. */
    static String describe(Object value) {
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        if (value instanceof Collection<?> || value instanceof Object[]) {
            return "a list";
        }
        if (value instanceof CharSequence text) {
            StringBuilder out = new StringBuilder();
            int end = Math.min(text.length(), DESCRIBED_LENGTH);
            end -= end < text.length() && Character.isHighSurrogate(text.charAt(end - 1)) ? 1 : 0;
            string(out, text.subSequence(0, end) + (end < text.length() ? "..." : ""));
            return out.toString();
        }
        return String.valueOf(value);
    }
}
