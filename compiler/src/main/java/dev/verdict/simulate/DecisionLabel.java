package dev.verdict.simulate;

import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Obligation;
import java.util.List;

/**
 * What a decision does, whichever rule made it: its outcome with arguments and its obligations,
 * {@code manual_review, tag(velocity)}. Two decisions with equal labels are the same decision
 * for a comparison.
 */
public record DecisionLabel(OutcomeLabel outcome, List<Obligation> obligations) {

    public DecisionLabel {
        obligations = List.copyOf(obligations);
    }

    public static DecisionLabel of(Decision decision) {
        return new DecisionLabel(OutcomeLabel.of(decision), decision.obligations());
    }

    /** {@code outcome(args)}, then {@code , obligation(args)} for each obligation. */
    public String text() {
        StringBuilder text = new StringBuilder(outcome.text());
        for (Obligation obligation : obligations) {
            text.append(", ").append(OutcomeLabel.call(obligation.action(), obligation.args()));
        }
        return text.toString();
    }
}
