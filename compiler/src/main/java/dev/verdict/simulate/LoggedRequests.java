package dev.verdict.simulate;

import java.util.Map;

/**
 * Reads history lines written by a decision log (the loader's JSON Lines log) as well as bare
 * requests: a line whose {@code request} is an object and which has a {@code decision} is a
 * logged decision, and its {@code request} is the request. (A bare request's {@code request} is
 * the request type, a string, so the two never look alike.) The log's
 * {@code {"dropped":N,...}} lines carry no request.
 */
final class LoggedRequests {

    private LoggedRequests() {
    }

    /** The request of a history line; null for a line that records dropped decisions. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> request(Map<String, Object> line) {
        if (line.get("request") instanceof Map<?, ?> request && line.containsKey("decision")) {
            return (Map<String, Object>) request;
        }
        if (line.size() == 2 && line.containsKey("dropped") && line.containsKey("time")) {
            return null;
        }
        return line;
    }
}
