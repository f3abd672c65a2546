package dev.verdict.examples.service;

import dev.verdict.examples.policies.CancellationsPolicy;
import dev.verdict.examples.policies.CategoriesPolicy;
import dev.verdict.examples.policies.JewelryPolicy;
import dev.verdict.examples.policies.RefundsPolicy;
import dev.verdict.examples.policies.RiskPolicy;
import dev.verdict.runtime.PolicyEvaluator;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The policies the service decides with, by the name in {@code /decide/{name}}: the evaluators
 * the Verdict Maven plugin generated from {@code src/main/verdict/NAME.policy} at build time.
 * Evaluators are immutable and thread-safe, so one instance serves every request.
 */
final class Policies {

    private Policies() {
    }

    /** Every policy of this project, sorted by name. */
    static Map<String, PolicyEvaluator> all() {
        Map<String, PolicyEvaluator> policies = new TreeMap<>();
        policies.put("cancellations", new CancellationsPolicy());
        policies.put("categories", new CategoriesPolicy());
        policies.put("jewelry", new JewelryPolicy());
        policies.put("refunds", new RefundsPolicy());
        policies.put("risk", new RiskPolicy());
        return Collections.unmodifiableMap(policies);
    }
}
