package dev.verdict.explain;

import dev.verdict.ir.Rule;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a request got its decision: each guard and rule in evaluation order up to the one that
 * fired, with the reasons the others did not, then the decision.
 */
public record Explanation(List<Step> steps, Decision decision) {

    public Explanation {
        steps = List.copyOf(steps);
    }

    /**
     * One guard or rule: whether it fired, and if not why, as conditions in DSL form with their
     * truth and the request's values ({@code `amount < 80.00 USD` is false (amount = 95.00 USD)}).
     */
    public record Step(Rule rule, boolean fired, List<String> reasons) {
        public Step {
            reasons = List.copyOf(reasons);
        }
    }

    /** One line per step, then {@code decision: ...}. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Step step : steps) {
            Rule rule = step.rule();
            String kind = rule.source() == Source.PLATFORM ? "guard " : "";
            String head = kind + DecisionText.name(rule.name()) + " (" + rule.file() + ":"
                    + rule.line() + "): ";
            String verdict = step.fired() ? "fired"
                    : "not fired: " + String.join("; ", step.reasons());
            lines.add(head + verdict);
        }
        lines.add("decision: " + DecisionText.of(decision));
        return lines;
    }
}
