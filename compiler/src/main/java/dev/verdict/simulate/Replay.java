package dev.verdict.simulate;

import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.RequestReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every thread of a replay shares, all immutable: the request reader, the evaluators and
 * their deciders, and which pairs of deciders make the same decision.
 *
 * @param baseline null without a baseline, like {@code baselineDeciders}
 * @param amountField the index of the schema's amount field
 * @param examples how many changed requests a block keeps
 */
record Replay(RequestReader reader, int maxLineBytes, int amountField, Evaluator policy,
              Deciders policyDeciders, Evaluator baseline, Deciders baselineDeciders,
              int examples, int[] policyLabels, int[] baselineLabels) {

    static Replay of(RequestReader reader, int maxLineBytes, int amountField, Evaluator policy,
                     Deciders policyDeciders, Evaluator baseline, Deciders baselineDeciders,
                     int examples) {
        Map<DecisionLabel, Integer> ids = new HashMap<>();
        int[] policyLabels = labels(policyDeciders, ids);
        int[] baselineLabels = baselineDeciders == null ? null : labels(baselineDeciders, ids);
        return new Replay(reader, maxLineBytes, amountField, policy, policyDeciders, baseline,
                baselineDeciders, examples, policyLabels, baselineLabels);
    }

    /** Numbers each decider's decision so that equal decisions get equal numbers. */
    private static int[] labels(Deciders deciders, Map<DecisionLabel, Integer> ids) {
        List<Deciders.Decider> all = deciders.all();
        int[] labels = new int[all.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = ids.computeIfAbsent(DecisionLabel.of(all.get(i).decision()),
                    label -> ids.size());
        }
        return labels;
    }

    /** Whether the baseline's decider {@code old} and the policy's {@code now} decide alike. */
    boolean sameDecision(int old, int now) {
        return baselineLabels[old] == policyLabels[now];
    }

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
