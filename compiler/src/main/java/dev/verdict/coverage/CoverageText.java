package dev.verdict.coverage;

import dev.verdict.runtime.Source;
import java.util.List;
import java.util.Locale;

/**
 * The human coverage summary: per policy, the share of rules that decided a request and of
 * condition outcomes seen; a table of rules (guards marked {@code (platform)}) with what they
 * decided; then each condition not seen both true and false, at its position.
 */
public final class CoverageText {

    /** How many request names a rule's row shows before {@code and N more}. */
    private static final int NAMES_SHOWN = 3;

    private CoverageText() {
    }

    public static String render(List<PolicyCoverage> policies) {
        StringBuilder out = new StringBuilder();
        for (PolicyCoverage policy : policies) {
            render(policy, out);
        }
        return out.toString();
    }

    private static void render(PolicyCoverage policy, StringBuilder out) {
        out.append("coverage of ").append(policy.file()).append(" (").append(policy.requests())
                .append(policy.requests() == 1 ? " request" : " requests").append("): ")
                .append(policy.rulesDecided()).append(" of ").append(policy.ruleCount())
                .append(" rules decided (").append(percent(policy.rulePercent())).append("), ")
                .append(policy.outcomesSeen()).append(" of ").append(policy.outcomeCount())
                .append(" condition outcomes seen (").append(percent(policy.conditionPercent()))
                .append(")\n");
        int width = policy.rules().stream().mapToInt(r -> label(r).length()).max().orElse(4);
        int lines = policy.rules().stream().mapToInt(r -> where(policy, r).length()).max()
                .orElse(4);
        String row = "  %-" + width + "s  %" + Math.max(5, lines) + "s  %7s  %s";
        out.append(String.format(row, "rule", "line", "decided", "requests").stripTrailing())
                .append('\n');
        for (RuleCoverage rule : policy.rules()) {
            out.append(String.format(row, label(rule), where(policy, rule), rule.decided(),
                    names(rule.requests())).stripTrailing()).append('\n');
        }
        List<ConditionCoverage> partial = policy.conditions().stream()
                .filter(c -> !c.covered()).toList();
        if (!partial.isEmpty()) {
            out.append("  not seen both true and false:\n");
            for (ConditionCoverage condition : partial) {
                out.append("  ").append(condition.file()).append(':')
                        .append(condition.span().line()).append(':')
                        .append(condition.span().column()).append(": ")
                        .append(condition.whole() ? condition.text()
                                : "`" + condition.text() + "`")
                        .append(": ").append(missing(condition)).append('\n');
            }
        }
    }

    /** The line of a policy's rule; {@code FILE:LINE} for a guard; {@code -} for the fallback. */
    private static String where(PolicyCoverage policy, RuleCoverage rule) {
        if (rule.line() == 0) {
            return "-";
        }
        return rule.file().equals(policy.file()) ? Integer.toString(rule.line())
                : rule.file() + ":" + rule.line();
    }

    private static String label(RuleCoverage rule) {
        return rule.source() == Source.PLATFORM ? rule.name() + " (platform)" : rule.name();
    }

    private static String missing(ConditionCoverage condition) {
        String seen = condition.whole() ? (condition.whenTrue() > 0 ? "always fired"
                : condition.whenFalse() > 0 ? "never fired" : "never reached")
                : condition.whenTrue() > 0 ? "never false"
                : condition.whenFalse() > 0 ? "never true" : "never true or false";
        boolean unknown = !condition.whole() && condition.whenUnknown() > 0;
        return seen + (unknown ? " (unknown " + condition.whenUnknown() + " times)" : "");
    }

    private static String names(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        List<String> shown = names.subList(0, Math.min(NAMES_SHOWN, names.size()));
        String text = String.join(", ", shown.stream().map(n -> "\"" + n + "\"").toList());
        int more = names.size() - shown.size();
        return more > 0 ? text + " and " + more + " more" : text;
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }
}
