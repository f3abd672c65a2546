package dev.verdict.coverage;

import java.util.List;

/**
 * What a set of requests covered of one policy: each guard, rule and {@code otherwise} in
 * evaluation order (then the fallback, when the policy has no {@code otherwise}), and each
 * condition (see {@link ConditionCoverage}), by position.
 */
public record PolicyCoverage(String file, long requests, List<RuleCoverage> rules,
                             List<ConditionCoverage> conditions) {

    public PolicyCoverage {
        rules = List.copyOf(rules);
        conditions = List.copyOf(conditions);
    }

    /** Rules that decided some request (the fallback not counted). */
    public long rulesDecided() {
        return rules.stream().filter(r -> r.line() > 0 && r.decided() > 0).count();
    }

    /** Rules, guards and {@code otherwise} (the fallback not counted). */
    public long ruleCount() {
        return rules.stream().filter(r -> r.line() > 0).count();
    }

    /** Condition outcomes seen: each condition's true and false, counted apart. */
    public long outcomesSeen() {
        return conditions.stream().mapToLong(ConditionCoverage::outcomesSeen).sum();
    }

    public long outcomeCount() {
        return 2L * conditions.size();
    }

    /** Percent of rules that decided a request; 100 with no rules. */
    public double rulePercent() {
        return percent(rulesDecided(), ruleCount());
    }

    /** Percent of condition outcomes seen (condition/decision coverage); 100 with none. */
    public double conditionPercent() {
        return percent(outcomesSeen(), outcomeCount());
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 100.0 : 100.0 * part / whole;
    }
}
