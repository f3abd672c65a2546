package dev.verdict.simulate;

import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.RequestReader;

/**
 * What every thread of a replay shares, all immutable: the request reader, the evaluators and
 * their deciders.
 *
 * @param baseline null without a baseline, like {@code baselineDeciders}
 * @param amountField the index of the schema's amount field
 * @param examples how many changed requests a block keeps
 */
record Replay(RequestReader reader, int maxLineBytes, int amountField, Evaluator policy,
              Deciders policyDeciders, Evaluator baseline, Deciders baselineDeciders,
              int examples) {

    ReplayBlock newBlock() {
        int policyCount = policyDeciders.all().size();
        if (baseline == null) {
            return new ReplayBlock(new DeciderCounts(policyCount), null, null);
        }
        return new ReplayBlock(new DeciderCounts(policyCount),
                new DeciderCounts(baselineDeciders.all().size()),
                new BlockChanges(examples, policyCount));
    }
}
