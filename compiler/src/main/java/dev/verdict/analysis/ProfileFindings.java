package dev.verdict.analysis;

import dev.verdict.diag.Code;
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
        Context context = Context.of(profile, new Budget(deadline, options.maxCubes()));
        try {
            new SettingChecks(context).run();
            guards(context);
        } catch (Budget.Exhausted e) {
            context.report(Code.I0901.at(profile.file(), dev.verdict.ast.Span.NONE,
                    "analysis incomplete: the profile's conditions split into too many cases"));
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
                context.report(context.at(Code.W0402, guard, "condition of "
                        + context.describe(guard) + " can never be true").withHelp(why));
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
            context.report(context.at(Code.W0401, guard, context.describe(guard)
                    + " is unreachable: every request it matches is decided by "
                    + context.describe(decider)), example,
                    "remove the guard or move it earlier", decider.name());
        }
    }
}
