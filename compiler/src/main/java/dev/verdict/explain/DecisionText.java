package dev.verdict.explain;

import dev.verdict.format.Formatter;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Obligation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A decision as one readable line: {@code approve_return_label by rule@3 (line 3, policy)},
 * {@code offer_partial_refund(30%), issue_coupon(5.00 USD) by small_damage (line 9, policy)},
 * {@code manual_review (default: no rule fired)}. Names that are not identifiers are quoted.
 */
public final class DecisionText {

    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]*|rule@[0-9]+");

    private DecisionText() {
    }

    public static String of(Decision decision) {
        StringBuilder text = new StringBuilder(call(decision.outcome(), decision.args()));
        for (Obligation obligation : decision.obligations()) {
            text.append(", ").append(call(obligation.action(), obligation.args()));
        }
        if (decision.rule() == null) {
            return text.append(" (default: no rule fired)").toString();
        }
        return text.append(" by ").append(name(decision.rule())).append(" (line ")
                .append(decision.line()).append(", ").append(decision.source().word()).append(')')
                .toString();
    }

    /** A rule's name as the DSL writes it: bare when it is an identifier, else quoted. */
    public static String name(String rule) {
        return PLAIN_NAME.matcher(rule).matches() ? rule : Formatter.quote(rule);
    }

    private static String call(String name, List<String> args) {
        return args.isEmpty() ? name : name + "(" + String.join(", ", args) + ")";
    }
}
