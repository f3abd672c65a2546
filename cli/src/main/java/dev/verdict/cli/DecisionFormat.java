package dev.verdict.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verdict.explain.DecisionText;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.InvalidRequestException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of {@code eval --format}: a decision or a request error as one line of JSON
 * (SPEC §11), or as a readable line.
 */
enum DecisionFormat {
    JSON, HUMAN;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    String decision(Decision decision) {
        return this == JSON ? decision.toJson() : DecisionText.of(decision);
    }

    /** {@code {"error":{"message":"...","field":"category"}}}; {@code field} null for none. */
    String error(InvalidRequestException e) {
        if (this == HUMAN) {
            return "error: " + e.getMessage();
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", e.getMessage());
        error.put("field", e.field());
        try {
            return MAPPER.writeValueAsString(Map.of("error", error));
        } catch (JsonProcessingException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
