package dev.verdict.examples.service;

import dev.verdict.examples.policies.Evaluators;
import dev.verdict.loader.LoadedPolicy;
import dev.verdict.loader.PolicySet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The policies the service decides with when it is given no policy directory: the evaluators
 * the Verdict Maven plugin generated from {@code src/main/verdict/NAME.policy} at build time,
 * found in its generated registry {@code Evaluators}, by the name in {@code /decide/{name}}.
 * Evaluators are immutable and thread-safe, so one instance serves every request.
 */
final class Policies {

    private Policies() {
    }

    /** Every policy of this project, sorted by name. */
    static PolicySet generated() {
        List<LoadedPolicy> policies = new ArrayList<>();
        Evaluators.all().forEach((name, evaluator) ->
                policies.add(LoadedPolicy.generated(name, evaluator)));
        return PolicySet.of(policies, 0, Instant.now());
    }
}
