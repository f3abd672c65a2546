package dev.verdict.examples.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.verdict.loader.LoadedPolicy;
import dev.verdict.loader.log.DecisionLog;
import dev.verdict.loader.log.LoggedDecision;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.InvalidRequestException;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * {@code POST /decide/{policy}} with a request as JSON: {@code 200} and the decision
 * ({@link Decision#toJson()}), with the deciding version in the {@value #VERSION_HEADER}
 * header; {@code 400} naming the field when the request is invalid (read by the runtime's
 * strict JSON reader, which refuses duplicate keys as the CLI does); {@code 404} for a policy
 * the service does not have; {@code 405} for another method; {@code 413} for a body over the
 * limit; {@code 415} for a body that says it is not JSON. Each decision is counted and logged.
 */
final class DecideHandler implements HttpHandler {

    /** The path this handler serves, up to the policy's name. */
    static final String PATH = "/decide/";
    /** The response header naming the version that decided: its hash, and label if any. */
    static final String VERSION_HEADER = "Verdict-Policy-Version";

    private final ActivePolicies policies;
    private final ServiceMetrics metrics;
    private final DecisionLog log;

    DecideHandler(ActivePolicies policies, ServiceMetrics metrics, DecisionLog log) {
        this.policies = policies;
        this.metrics = metrics;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        JsonExchange json = new JsonExchange(exchange);
        try (exchange) {
            String name = exchange.getRequestURI().getPath().substring(PATH.length());
            LoadedPolicy policy = policies.current().policy(name);
            if (policy == null) {
                metrics.failed(ServiceMetrics.UNKNOWN_POLICY, "unknown_policy");
                json.sendError(404, "unknown policy `" + name + "`: see GET /policies", null);
            } else if (!exchange.getRequestMethod().equals("POST")) {
                json.sendMethodNotAllowed("POST");
            } else {
                decide(policy, exchange, json);
            }
        }
    }

    private void decide(LoadedPolicy policy, HttpExchange exchange, JsonExchange json)
            throws IOException {
        byte[] body;
        try {
            body = json.readBody();
        } catch (JsonExchange.BadBody e) {
            metrics.failed(policy.name(), "bad_body");
            json.sendError(e.status(), e.getMessage(), null);
            return;
        }
        Decision decision;
        long start = System.nanoTime();
        try {
            decision = policy.decide(policy.requestReader().read(body, 0, body.length));
        } catch (InvalidRequestException e) {
            metrics.failed(policy.name(), "invalid_request");
            json.sendError(400, e.getMessage(), e.field());
            return;
        }
        long nanos = System.nanoTime() - start;
        metrics.decided(policy.name(), decision.outcome(), nanos);
        if (log != DecisionLog.NONE) { // reading the body as maps is only for the log
            log.record(new LoggedDecision(policy.name(), policy.version(),
                    JsonExchange.object(body), decision, Instant.now(), nanos));
        }
        exchange.getResponseHeaders().set(VERSION_HEADER, policy.version().toString());
        json.send(200, decision.toJson());
    }
}
