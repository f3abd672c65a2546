package dev.verdict.examples.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Map;

/** {@code GET /policies}: {@code {"policies":["cancellations",...]}}, sorted; the ones active. */
final class PolicyListHandler implements HttpHandler {

    /** The path this handler serves. */
    static final String PATH = "/policies";

    private final ActivePolicies policies;

    PolicyListHandler(ActivePolicies policies) {
        this.policies = policies;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        JsonExchange json = new JsonExchange(exchange);
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals(PATH)) {
                json.sendError(404, "no such resource: " + exchange.getRequestURI().getPath(),
                        null);
            } else if (!json.isRead()) {
                json.sendMethodNotAllowed("GET, HEAD");
            } else {
                json.send(200, JsonExchange.toJson(Map.of("policies",
                        policies.current().names())));
            }
        }
    }
}
