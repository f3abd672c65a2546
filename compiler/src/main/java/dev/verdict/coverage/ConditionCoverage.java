package dev.verdict.coverage;

import dev.verdict.ast.Span;

/**
 * The truth values one condition took on the requests that reached its rule. {@code whole}
 * marks a rule's whole effective condition (its outcome's applicability included), for which
 * "true" is "the rule fired" and "false" is "it was reached and did not fire" (false or
 * unknown); otherwise it is one written atom, for which unknown (a comparison with an absent
 * field) counts as neither true nor false. Covered when seen both true and false.
 */
public record ConditionCoverage(String file, Span span, String text, String rule, boolean whole,
                                long whenTrue, long whenFalse, long whenUnknown) {

    public boolean covered() {
        return whenTrue > 0 && whenFalse > 0;
    }

    /** Of the two outcomes, true and false, how many were seen. */
    public int outcomesSeen() {
        return (whenTrue > 0 ? 1 : 0) + (whenFalse > 0 ? 1 : 0);
    }
}
