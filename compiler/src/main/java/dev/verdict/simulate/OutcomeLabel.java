package dev.verdict.simulate;

import dev.verdict.runtime.Decision;
import java.util.List;

/**
 * An outcome with its arguments, as decisions print them: {@code reject(buyer_risk)},
 * {@code offer_partial_refund(30%)}, {@code manual_review}. Simulations count by it.
 */
public record OutcomeLabel(String outcome, List<String> args) {

    public OutcomeLabel {
        args = List.copyOf(args);
    }

    static OutcomeLabel of(Decision decision) {
        return new OutcomeLabel(decision.outcome(), decision.args());
    }

    /** {@code outcome} or {@code outcome(arg, ...)}. */
    public String text() {
        return call(outcome, args);
    }

    /** An action as the DSL writes it: {@code name} or {@code name(arg, ...)}. */
    static String call(String name, List<String> args) {
        return args.isEmpty() ? name : name + "(" + String.join(", ", args) + ")";
    }
}
