package dev.verdict.analysis;

import dev.verdict.interp.Decisions;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Rule;
import dev.verdict.runtime.Decision;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy's requests partitioned by who decides them: for each platform guard, rule and
 * {@code otherwise} in evaluation order, the requests for which its condition is true and every
 * earlier one's is not; last, the schema's fallback for the requests no condition takes. Each
 * region is computed by subtracting the earlier truths in order, coalescing as it grows.
 */
final class DecisionRegions {

    private static final int COALESCE_FROM = 16;

    /** One part of the partition: who decides, what they decide, and where. */
    record Part(Decision decision, Region region) {
    }

    private DecisionRegions() {
    }

    /** The non-empty parts of {@code policy}'s partition, in evaluation order. */
    static List<Part> of(CheckedPolicy policy, Space space) {
        ConditionRegions conditions = new ConditionRegions(space, policy.file(),
                policy.settings());
        List<Rule> order = new ArrayList<>(policy.guards());
        order.addAll(policy.rules());
        if (policy.otherwise() != null) {
            order.add(policy.otherwise());
        }
        List<Part> parts = new ArrayList<>();
        List<Region> earlier = new ArrayList<>();
        for (Rule rule : order) {
            Region truth = conditions.truth(rule.condition());
            Region decided = without(truth, earlier);
            if (!decided.isEmpty()) {
                parts.add(new Part(Decisions.of(rule), decided));
            }
            earlier.add(truth);
        }
        Region rest = without(Region.all(space), earlier);
        if (!rest.isEmpty()) {
            parts.add(new Part(Decisions.fallback(policy), rest));
        }
        return parts;
    }

    private static Region without(Region region, List<Region> earlier) {
        Region rest = region;
        int coalesceAt = COALESCE_FROM;
        for (Region taken : earlier) {
            if (rest.isEmpty()) {
                break;
            }
            rest = rest.minus(taken);
            if (rest.cubes().size() >= coalesceAt) {
                rest = rest.coalesced();
                coalesceAt = Math.max(COALESCE_FROM, 2 * rest.cubes().size());
            }
        }
        return rest;
    }
}
