package dev.verdict.examples.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON in and out of one HTTP exchange: reads a request body as bytes, up to a limit, for the
 * runtime's request reader (which reads money exactly and refuses duplicate keys, as the CLI
 * does), and sends JSON responses, including the error shape
 * {@code {"error":{"message":"...","field":"..."}}}. A body whose {@code Content-Type} names a
 * type that is not JSON is refused with 415 (no {@code Content-Type} is taken as JSON). A
 * response to {@code HEAD} has the status and headers of the {@code GET} and no body.
 */
final class JsonExchange {

    /** The largest request body read; a request is a few hundred bytes. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request body that cannot be decided: the response's status and error. */
    static final class BadBody extends Exception {
        private final int status;

        BadBody(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private final HttpExchange exchange;

    JsonExchange(HttpExchange exchange) {
        this.exchange = exchange;
    }

    /**
     * A request body already accepted by the runtime's strict reader, as maps for the decision
     * log; null when it cannot be read so (it always can, having been accepted).
     */
    static Map<String, Object> object(byte[] body) {
        try {
            Object value = JSON.readValue(body, Object.class);
            if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> object = (Map<String, Object>) map;
                return object;
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** Sends {@code json} with {@code status}; only the headers when the request is HEAD. */
    void send(int status, String json) throws IOException {
        send(status, "application/json; charset=utf-8", json);
    }

    /** Sends {@code text} of {@code contentType} with {@code status}; only headers for HEAD. */
    void send(int status, String contentType, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (isHead()) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Whether the request is a GET or a HEAD (answered as a GET without its body). */
    boolean isRead() {
        return exchange.getRequestMethod().equals("GET") || isHead();
    }

    private boolean isHead() {
        return exchange.getRequestMethod().equals("HEAD");
    }

    /** {@code application/json}, or a JSON-based type ({@code application/problem+json}). */
    static boolean isJson(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.endsWith("+json");
    }

    /** Sends {@code {"error":{"message":...,"field":...}}}; {@code field} may be null. */
    void sendError(int status, String message, String field) throws IOException {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("field", field);
        send(status, JSON.writeValueAsString(Map.of("error", error)));
    }

    /** Sends {@code 405} naming the methods the path allows. */
    void sendMethodNotAllowed(String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        sendError(405, "method " + exchange.getRequestMethod() + " is not allowed here: use "
                + allowed, null);
    }

    /** {@code value} as JSON. */
    static String toJson(Object value) throws JsonProcessingException {
        return JSON.writeValueAsString(value);
    }

    /** The request body, at most {@link #MAX_BODY_BYTES}. */
    byte[] readBody() throws IOException, BadBody {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && !isJson(type)) {
            throw new BadBody(415, "the body's Content-Type is `" + type
                    + "`, not JSON: send `application/json`");
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new BadBody(413, "the body is larger than " + MAX_BODY_BYTES + " bytes");
            }
            return body;
        }
    }
}
