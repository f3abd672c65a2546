package dev.verdict.examples.service;

import dev.verdict.loader.Reload;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Summary;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The service's metrics, in a registry of its own, served by {@code GET /metrics} in the
 * Prometheus text format: decisions by policy and outcome, errors by policy and kind, reloads
 * accepted and refused, decision latency quantiles by policy, the active version of each
 * policy, connections dropped by a full pool and decisions dropped by the decision log.
 */
final class ServiceMetrics {

    /**
     * The policy label of requests for a policy the service lacks: never the name asked for, so
     * that clients cannot make labels without end.
     */
    static final String UNKNOWN_POLICY = "(unknown)";

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter decisions = Counter.builder().name("verdict_decisions_total")
            .help("Decisions made, by policy and outcome")
            .labelNames("policy", "outcome").register(registry);
    private final Counter errors = Counter.builder().name("verdict_decision_errors_total")
            .help("Requests not decided, by policy and kind (invalid_request, bad_body, "
                    + "unknown_policy)")
            .labelNames("policy", "kind").register(registry);
    private final Counter reloads = Counter.builder().name("verdict_reloads_total")
            .help("Policy reloads, by result (accepted, refused)")
            .labelNames("result").register(registry);
    private final Summary latency = Summary.builder().name("verdict_decision_latency_seconds")
            .help("Time to decide one request, from the parsed body to the decision")
            .labelNames("policy").quantile(0.5, 0.01).quantile(0.9, 0.01).quantile(0.99, 0.001)
            .register(registry);

    ServiceMetrics(ActivePolicies policies, AtomicLong rejectedConnections,
                   LongSupplier droppedLogLines) {
        GaugeWithCallback.builder().name("verdict_policy_version_info")
                .help("The version deciding for each policy (value 1)")
                .labelNames("policy", "version", "label")
                .callback(out -> policies.current().policies().forEach((name, policy) ->
                        out.call(1, name, policy.version().hash(),
                                policy.version().label() == null ? ""
                                        : policy.version().label())))
                .register(registry);
        CounterWithCallback.builder().name("verdict_http_rejected_connections_total")
                .help("Connections dropped because every thread was busy and the queue full")
                .callback(out -> out.call(rejectedConnections.get())).register(registry);
        CounterWithCallback.builder().name("verdict_decision_log_dropped_total")
                .help("Decisions the decision log dropped because its queue was full")
                .callback(out -> out.call(droppedLogLines.getAsLong())).register(registry);
        if (policies.holder() != null) {
            policies.holder().onReload(this::reloaded);
        }
    }

    PrometheusRegistry registry() {
        return registry;
    }

    void decided(String policy, String outcome, long nanos) {
        decisions.labelValues(policy, outcome).inc();
        latency.labelValues(policy).observe(nanos / 1e9);
    }

    void failed(String policy, String kind) {
        errors.labelValues(policy, kind).inc();
    }

    private void reloaded(Reload reload) {
        reloads.labelValues(reload.accepted() ? "accepted" : "refused").inc();
    }
}
