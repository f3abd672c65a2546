package dev.verdict.examples.service;

import dev.verdict.examples.policies.CancellationsPolicy;
import dev.verdict.examples.policies.CategoriesPolicy;
import dev.verdict.examples.policies.JewelryPolicy;
import dev.verdict.examples.policies.RefundsPolicy;
import dev.verdict.examples.policies.RiskPolicy;
import dev.verdict.loader.LoadedPolicy;
import dev.verdict.loader.PolicySet;
import java.time.Instant;
import java.util.List;

/**
 * The policies the service decides with when it is given no policy directory: the evaluators
 * the Verdict Maven plugin generated from {@code src/main/verdict/NAME.policy} at build time,
 * by the name in {@code /decide/{name}}. Evaluators are immutable and thread-safe, so one
 * instance serves every request.
 */
final class Policies {

    private Policies() {
    }

    /** Every policy of this project, sorted by name. */
    static PolicySet generated() {
        return PolicySet.of(List.of(
                LoadedPolicy.generated("cancellations", new CancellationsPolicy()),
                LoadedPolicy.generated("categories", new CategoriesPolicy()),
                LoadedPolicy.generated("jewelry", new JewelryPolicy()),
                LoadedPolicy.generated("refunds", new RefundsPolicy()),
                LoadedPolicy.generated("risk", new RiskPolicy())), 0, Instant.now());
    }
}
