package dev.verdict.simulate;

import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.RequestReader;

/**
 * What every thread of a replay shares, all immutable: the plan, its request reader and the
 * evaluators.
 *
 * @param baseline null without a baseline
 */
record Replay(ReplayPlan plan, RequestReader reader, Evaluator policy, Evaluator baseline) {

    ReplayBlock newBlock() {
        int policyCount = plan.policy().size();
        if (baseline == null) {
            return new ReplayBlock(new DeciderCounts(policyCount), null, null);
        }
        return new ReplayBlock(new DeciderCounts(policyCount),
                new DeciderCounts(plan.baseline().size()),
                new BlockChanges(plan.examples(), policyCount));
    }
}
