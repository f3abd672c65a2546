package dev.verdict.diag;

import dev.verdict.ast.Span;
import java.util.List;

/**
 * The W04xx family and I0901: what the analysis finds about a checked policy (unreachable rules,
 * conditions never true, overlapping settings, risky outcomes, a missing profile), and where it
 * stopped. Rules reach these factories as messages name them ("rule `big`", "`otherwise`",
 * "the platform guard `x`"). For a finding with an example request, the help is the advice
 * that follows the example. The caller attaches the file with {@link Diagnostic#inFile}.
 */
public final class AnalysisDiagnostics {

    private AnalysisDiagnostics() {
    }

    /**
     * {@code deciders}: the rules that take its requests ("rule `a` and rule `b`");
     * {@code decider}: the one that takes the example request.
     */
    public static Diagnostic unreachable(Span span, String rule, boolean otherwise,
                                         String deciders, String decider) {
        String message = otherwise
                ? "`otherwise` is unreachable: every request is decided by " + deciders
                : rule + " is unreachable: every request it matches is decided by " + deciders;
        return Code.W0401.of(span, message, "it is decided by " + decider
                + "; remove the rule or move it earlier");
    }

    /** {@code why}: the contradiction, or null when it has no short explanation. */
    public static Diagnostic neverTrue(Span span, String rule, String why) {
        return Code.W0402.of(span, "condition of " + rule + " can never be true", why);
    }

    /** A later conditional {@code set} overlapping an earlier one with another value. */
    public static Diagnostic overlappingSettings(Span span, String setting, String value,
                                                 String earlierValue, int earlierLine) {
        return Code.W0403.of(span, "`" + setting + "` is set to `" + value + "` here and to `"
                + earlierValue + "` at line " + earlierLine + " for some of the same requests;"
                + " the first (line " + earlierLine + ") wins", null);
    }

    public static Diagnostic unboundedApproval(Span span, String rule, String outcome,
                                               String field) {
        return Code.W0404.of(span, rule + " auto-approves (`" + outcome + "`) with no upper"
                + " bound on `" + field + "`", "add an upper bound on `" + field + "`");
    }

    /** {@code fields}: the velocity fields; {@code fallback}: the outcome to guard with. */
    public static Diagnostic unguardedRefund(Span span, String rule, String outcome,
                                             List<String> fields, String fallback) {
        List<String> names = fields.stream().map(f -> "`" + f + "`").toList();
        return Code.W0405.of(span, rule + " refunds (`" + outcome + "`) with no velocity guard:"
                        + " nothing bounds " + String.join(" or ", names),
                "guard it, e.g. `when " + fields.get(0) + " >= 3 then " + fallback
                        + "` before it");
    }

    /** {@code profile}: a bundled profile for the policy's schema, suggested. */
    public static Diagnostic noProfile(Span span, String profile) {
        return Code.W0406.of(span, "no platform profile: platform rules were not checked",
                "add `platform " + profile + "` or pass `--platform`");
    }

    /** The analysis stopped: {@code why} ("the time budget of 2 s ran out at rule `x`"). */
    /** I0901: a string field compared with more strings than the analysis represents. */
    public static Diagnostic tooManyStrings(String field, int max) {
        return Code.I0901.of(Span.NONE, "analysis incomplete: `" + field + "` is compared with "
                + "more than " + max + " strings; no checks were run", null);
    }

    public static Diagnostic incomplete(String why) {
        return Code.I0901.of(Span.NONE, "analysis incomplete: " + why
                + "; later checks were not run", null);
    }

    /** One rule was not checked: the requests reaching it split into too many cases. */
    public static Diagnostic ruleNotChecked(Span span, String rule, long maxCubes) {
        return Code.I0901.of(span, "analysis incomplete: the requests reaching " + rule
                + " split into more than " + maxCubes + " cases; it was not checked", null);
    }
}
