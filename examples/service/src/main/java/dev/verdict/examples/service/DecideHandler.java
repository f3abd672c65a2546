package dev.verdict.examples.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.InvalidRequestException;
import dev.verdict.runtime.PolicyEvaluator;
import java.io.IOException;
import java.util.Map;

/**
 * {@code POST /decide/{policy}} with a request as JSON: {@code 200} and the decision
 * ({@link Decision#toJson()}); {@code 400} naming the field when the request is invalid (read
 * by the runtime's strict JSON reader, which refuses duplicate keys as the CLI does);
 * {@code 404} for a policy the service does not have; {@code 405} for another method.
 */
final class DecideHandler implements HttpHandler {

    /** The path this handler serves, up to the policy's name. */
    static final String PATH = "/decide/";

    private final Map<String, PolicyEvaluator> policies;

    DecideHandler(Map<String, PolicyEvaluator> policies) {
        this.policies = policies;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        JsonExchange json = new JsonExchange(exchange);
        try (exchange) {
            String name = exchange.getRequestURI().getPath().substring(PATH.length());
            PolicyEvaluator policy = policies.get(name);
            if (policy == null) {
                json.sendError(404, "unknown policy `" + name + "`: see GET /policies", null);
            } else if (!exchange.getRequestMethod().equals("POST")) {
                json.sendMethodNotAllowed("POST");
            } else {
                decide(policy, json);
            }
        }
    }

    private static void decide(PolicyEvaluator policy, JsonExchange json) throws IOException {
        byte[] body;
        try {
            body = json.readBody();
        } catch (JsonExchange.BadBody e) {
            json.sendError(e.status(), e.getMessage(), null);
            return;
        }
        Decision decision;
        try {
            decision = policy.decide(policy.requestReader().read(body, 0, body.length));
        } catch (InvalidRequestException e) {
            json.sendError(400, e.getMessage(), e.field());
            return;
        }
        json.send(200, decision.toJson());
    }
}
