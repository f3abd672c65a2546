package dev.verdict.analysis;

import dev.verdict.diag.AnalysisDiagnostics;
import dev.verdict.diag.Diagnostic;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Rule;
import java.time.Duration;
import java.util.List;


/**
 * The analyses of SPEC §6 and §9 over a checked policy: platform limits and forbids, overlapping
 * settings, contradictions, unreachable rules and risky approvals, each judged exactly over the
 * requests the schema allows, with an example request wherever one exists. See
 * {@code docs/analysis.md} for the decision procedure.
 */
public final class Analyzer {

    private static final Duration MAX_BUDGET = Duration.ofDays(365);

    private Analyzer() {
    }

    /** Every finding's diagnostic for {@code policy}, by position, under the default budget. */
    public static List<Diagnostic> analyse(CheckedPolicy policy) {
        return analyse(policy, AnalysisOptions.DEFAULT);
    }

    /** Every finding's diagnostic for {@code policy}, sorted by position. */
    public static List<Diagnostic> analyse(CheckedPolicy policy, AnalysisOptions options) {
        return findings(policy, options).stream().map(Finding::diagnostic)
                .sorted(Diagnostic.BY_POSITION).toList();
    }

    /**
     * Every finding for {@code policy} with its example request, in the order the checks made
     * them. When the budget runs out, the findings so far and an I0901 note.
     */
    public static List<Finding> findings(CheckedPolicy policy, AnalysisOptions options) {
        Duration budget = options.timeBudget().compareTo(MAX_BUDGET) > 0
                ? MAX_BUDGET : options.timeBudget();
        long deadline = System.nanoTime() + budget.toNanos();
        TextValues texts = TextValues.of(policy);
        if (texts.tooMany() != null) {
            return List.of(new Finding(AnalysisDiagnostics.tooManyStrings(
                    texts.tooMany().path(), TextValues.MAX_LITERALS).inFile(policy.file()),
                    null, null));
        }
        Context context = Context.of(policy, new Budget(deadline, options.maxCubes()), texts);
        Rule[] current = {null};
        try {
            new SettingChecks(context, false).run();
            new Reachability(context, new OutcomeChecks(context), options.searchFrom())
                    .run(rule -> current[0] = rule);
        } catch (Budget.Exhausted e) {
            context.report(policy.file(), incomplete(context, current[0], e, budget));
        }
        return context.findings().all();
    }

    /** I0901 at line 1 of the policy: where the analysis stopped, and why. */
    private static Diagnostic incomplete(Context context, Rule rule, Budget.Exhausted e,
                                         Duration budget) {
        String where = rule == null ? "the settings" : context.describe(rule);
        String why = e.timeUp() ? "the time budget of " + seconds(budget) + " ran out at " + where
                : "the conditions of " + where + " split into more than "
                        + context.space().budget().maxCubes() + " cases";
        return AnalysisDiagnostics.incomplete(why);
    }

    private static String seconds(Duration budget) {
        long millis = budget.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
    }
}
