package dev.verdict.request;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.verdict.runtime.InvalidRequestException;
import java.util.List;
import java.util.Map;

/**
 * Parses one request written as JSON (SPEC §11) into the map that
 * {@link dev.verdict.runtime.RequestReader} reads: objects become maps, decimals exact
 * {@link java.math.BigDecimal}s, integers {@code Integer}, {@code Long} or
 * {@link java.math.BigInteger}. Thread-safe.
 */
public final class JsonRequests {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonRequests() {
    }

    /**
     * The request in {@code json}, which must be one JSON object.
     *
     * @throws InvalidRequestException with no field, when the text is not JSON or not an object
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String json) {
        if (json.isBlank()) {
            throw new InvalidRequestException(null, "malformed JSON: no text");
        }
        Object value;
        try {
            value = MAPPER.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(null, "malformed JSON" + where(e) + ": " + reason(e));
        }
        if (value instanceof Map<?, ?> request) {
            return (Map<String, Object>) request;
        }
        throw new InvalidRequestException(null,
                "a request must be a JSON object, found " + kind(value));
    }

    private static String where(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        if (at == null || at.getColumnNr() < 1) {
            return "";
        }
        return at.getLineNr() > 1 ? " at line " + at.getLineNr() + ", column " + at.getColumnNr()
                : " at column " + at.getColumnNr();
    }

    /** Jackson's own words, first line only, without its source excerpts or its settings. */
    private static String reason(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Trailing token")) {
            return "more text after the request's closing `}`";
        }
        message = cut(message, "\n");
        message = cut(message, ": enable `").replaceAll(", from `[^`]*`\\)", ")");
        int source = message.indexOf("[Source:");
        if (source >= 0) {
            message = message.substring(0, Math.max(0, message.lastIndexOf(" (", source)));
        }
        return message.isEmpty() ? "unreadable"
                : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    private static String cut(String message, String at) {
        int index = message.indexOf(at);
        return index < 0 ? message : message.substring(0, index);
    }

    private static String kind(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof String) {
            return "a string";
        }
        return value instanceof Boolean ? "a boolean" : "a number";
    }
}
