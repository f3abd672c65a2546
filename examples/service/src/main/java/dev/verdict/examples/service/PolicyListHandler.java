package dev.verdict.examples.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** {@code GET /policies}: {@code {"policies":["cancellations",...]}}, sorted. */
final class PolicyListHandler implements HttpHandler {

    /** The path this handler serves. */
    static final String PATH = "/policies";

    private final String body;

    PolicyListHandler(List<String> names) throws IOException {
        this.body = JsonExchange.toJson(Map.of("policies", names));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        JsonExchange json = new JsonExchange(exchange);
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals(PATH)) {
                json.sendError(404, "no such resource: " + exchange.getRequestURI().getPath(),
                        null);
            } else if (!exchange.getRequestMethod().equals("GET")) {
                json.sendMethodNotAllowed("GET");
            } else {
                json.send(200, body);
            }
        }
    }
}
