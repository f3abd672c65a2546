package dev.verdict.analysis;

import dev.verdict.diag.AnalysisDiagnostics;
import dev.verdict.diag.Diagnostic;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * The analyses of a platform profile on its own (a policy with no rules of its own): its
 * settings' defaults against its limits, as for any policy, and its guards' internal
 * contradictions: a guard whose condition can never be true (W0402), and a guard every request
 * of which an earlier guard decides (W0401), each with an example request where one exists.
 */
public final class ProfileFindings {

    private ProfileFindings() {
    }

    public static List<Diagnostic> analyse(CheckedPolicy profile, AnalysisOptions options) {
        long deadline = System.nanoTime() + options.timeBudget().toNanos();
        TextValues texts = TextValues.of(profile);
        if (texts.tooMany() != null) {
            return List.of(AnalysisDiagnostics.tooManyStrings(texts.tooMany().path(),
                    TextValues.MAX_LITERALS).inFile(profile.file()));
        }
        Context context = Context.of(profile, new Budget(deadline, options.maxCubes()), texts);
        try {
            new SettingChecks(context, true).run();
            guards(context);
        } catch (Budget.Exhausted e) {
            context.report(profile.file(), AnalysisDiagnostics.incomplete(
                    "the profile's conditions split into too many cases"));
        }
        return context.findings().all().stream().map(Finding::diagnostic)
                .sorted(Diagnostic.BY_POSITION).toList();
    }

    private static void guards(Context context) {
        List<Rule> earlier = new ArrayList<>();
        List<Region> taken = new ArrayList<>();
        for (Rule guard : context.policy().guards()) {
            Region truth = context.conditions().truth(guard.condition());
            if (context.conditions().truth(guard.written()).isEmpty()) {
                String why = new Contradictions(context).explain(guard.written());
                context.report(guard.file(), AnalysisDiagnostics.neverTrue(guard.span(),
                        context.describe(guard), why));
            } else if (!truth.isEmpty()) {
                unreachable(context, guard, truth, earlier, taken);
            }
            earlier.add(guard);
            taken.add(truth);
        }
    }

    private static void unreachable(Context context, Rule guard, Region truth, List<Rule> earlier,
                                    List<Region> taken) {
        Region rest = truth;
        Rule decider = null;
        for (int i = 0; i < taken.size() && !rest.isEmpty(); i++) {
            Region next = rest.minus(taken.get(i));
            decider = next == rest ? decider : earlier.get(i);
            rest = next;
        }
        if (rest.isEmpty() && decider != null) {
            Example example = context.examples().in(truth);
            String by = context.describe(decider);
            Diagnostic unreachable = AnalysisDiagnostics.unreachable(guard.span(),
                    context.describe(guard), false, by, by)
                    .withRelated(decider.file(), decider.span(), "the request is decided here");
            context.report(guard, unreachable, example, decider.name());
        }
    }
}
