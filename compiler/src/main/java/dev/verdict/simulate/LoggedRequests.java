package dev.verdict.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Map;

/**
 * Reads history lines written by a decision log (the loader's JSON Lines log) as well as bare
 * requests: a line whose {@code request} is an object and which has a {@code decision} is a
 * logged decision, and its {@code request} is the request. (A bare request's {@code request} is
 * the request type, a string, so the two never look alike.) The log's
 * {@code {"dropped":N,...}} lines carry no request.
 *
 * <p>Only lines the streaming parser refused as requests come here, so bare requests keep the
 * fast path; a logged line is read into a map (decimals exact) and then read as a request.
 */
final class LoggedRequests {

    /** What {@link #request} gives for a line that records dropped decisions. */
    static final Map<String, Object> DROPPED = Map.of();

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private LoggedRequests() {
    }

    /**
     * The logged request of a history line; {@link #DROPPED} for a drop note; null when the line
     * is not a decision log's (then it is a bare request, invalid as such).
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> request(byte[] bytes, int from, int to) {
        Object line;
        try {
            line = MAPPER.readValue(bytes, from, to - from, Object.class);
        } catch (JsonProcessingException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
        if (!(line instanceof Map<?, ?> map)) {
            return null;
        }
        if (map.get("request") instanceof Map<?, ?> request && map.containsKey("decision")) {
            return (Map<String, Object>) request;
        }
        if (map.size() == 2 && map.containsKey("dropped") && map.containsKey("time")) {
            return DROPPED;
        }
        return null;
    }
}
