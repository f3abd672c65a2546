package dev.verdict.examples.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON in and out of one HTTP exchange: reads a request body as bytes, up to a limit, for the
 * runtime's request reader (which reads money exactly and refuses duplicate keys), and sends
 * JSON responses, including the error shape {@code {"error":{"message":"...","field":"..."}}}.
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

    /** Sends {@code json} with {@code status}. */
    void send(int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Sends {@code {"error":{"message":...,"field":...}}}; {@code field} may be null. */
    void sendError(int status, String message, String field) throws IOException {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("field", field);
        send(status, JSON.writeValueAsString(Map.of("error", error)));
    }

    /** Sends {@code 405} naming the one method the path allows. */
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
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new BadBody(413, "the body is larger than " + MAX_BODY_BYTES + " bytes");
            }
            return body;
        }
    }
}
