package dev.verdict.analysis;

import dev.verdict.diag.Code;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Rule;
import dev.verdict.schema.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the rules in evaluation order (platform guards, the policy's rules, {@code otherwise})
 * and computes, for each policy rule, the requests that reach it and for which it fires (its
 * condition true, every earlier one false or unknown). Reports W0402 (the written condition is
 * never true), E0208 (the outcome never applies where it is) and W0401 (no request reaches
 * the rule, naming the earlier rules that take them: subtracting the earlier rules in order,
 * those that remove something are exactly those that decide some of its requests), and hands
 * every reachable rule's {@link Reach} to {@link OutcomeChecks}. The region is computed
 * breadth-first, coalescing as it grows; when it still has {@code searchFrom} cubes, the rule is
 * judged by a {@link ReachSearch} instead.
 */
final class Reachability {

    /** Regions of this many cubes are coalesced, and again each time they double. */
    private static final int COALESCE_FROM = 16;

    private final Context context;
    private final OutcomeChecks outcomes;
    private final int searchFrom;
    private final List<Rule> entries = new ArrayList<>();
    private final List<Region> truths = new ArrayList<>();
    private final RuleIndex index;

    Reachability(Context context, OutcomeChecks outcomes, int searchFrom) {
        this.context = context;
        this.outcomes = outcomes;
        this.searchFrom = searchFrom;
        var policy = context.policy();
        int count = policy.guards().size() + policy.rules().size() + 1;
        this.index = new RuleIndex(context.space(), count);
    }

    /** Runs the walk; {@code progress} learns which rule is being analysed, for I0901. */
    void run(java.util.function.Consumer<Rule> progress) {
        var policy = context.policy();
        for (Rule guard : policy.guards()) {
            progress.accept(guard);
            add(guard, context.conditions().truth(guard.condition()));
        }
        List<Rule> rules = new ArrayList<>(policy.rules());
        if (policy.otherwise() != null) {
            rules.add(policy.otherwise());
        }
        for (Rule rule : rules) {
            progress.accept(rule);
            analyse(rule);
        }
    }

    private void analyse(Rule rule) {
        boolean isOtherwise = rule == context.policy().otherwise();
        if (!isOtherwise && context.conditions().truth(rule.written()).isEmpty()) {
            String why = new Contradictions(context).explain(rule.written());
            context.report(context.at(Code.W0402, rule, "condition of " + context.describe(rule)
                    + " can never be true").withHelp(why));
            add(rule, Region.empty(context.space()));
            return;
        }
        Region fires = context.conditions().truth(rule.condition());
        if (fires.isEmpty()) {
            if (!isOtherwise) {
                reportInapplicable(rule);
            }
            add(rule, fires);
            return;
        }
        add(rule, fires);
        List<Integer> earlier = index.candidates(fires, entries.size() - 1);
        try {
            List<Integer> covering = new ArrayList<>();
            Region reach = reach(fires, earlier, covering);
            if (reach != null && reach.isEmpty()) {
                reportUnreachable(rule, fires, covering);
            } else if (reach != null) {
                outcomes.check(rule, reach::intersect);
            } else {
                ReachSearch search = new ReachSearch(fires, truths, earlier,
                        10L * context.space().budget().maxCubes());
                if (search.find(fires) == null) {
                    reportUnreachable(rule, fires, search.covering());
                } else {
                    outcomes.check(rule, search);
                }
            }
        } catch (Budget.Exhausted e) {
            if (e.timeUp()) {
                throw e;
            }
            String message = "analysis incomplete: the requests reaching " + context.describe(rule)
                    + " split into more than " + context.space().budget().maxCubes()
                    + " cases; it was not checked";
            context.report(context.at(Code.I0901, rule, message));
        }
    }

    /**
     * {@code fires} without the requests the rules at {@code earlier} decide, subtracting them in
     * order; {@code covering} collects those that take some. Null when the region has
     * {@code searchFrom} cubes, even coalesced.
     */
    private Region reach(Region fires, List<Integer> earlier, List<Integer> covering) {
        if (fires.cubes().size() >= searchFrom) {
            return null;
        }
        Region reach = fires;
        int coalesceAt = COALESCE_FROM;
        for (int position : earlier) {
            Region rest = reach.minus(truths.get(position));
            if (rest == reach) {
                continue;
            }
            covering.add(position);
            reach = rest;
            if (reach.isEmpty()) {
                break;
            }
            if (reach.cubes().size() >= coalesceAt) {
                reach = reach.coalesced();
                if (reach.cubes().size() >= searchFrom) {
                    return null;
                }
                coalesceAt = Math.max(COALESCE_FROM, 2 * reach.cubes().size());
            }
        }
        return reach;
    }

    private void add(Rule rule, Region fires) {
        entries.add(rule);
        truths.add(fires);
        index.add(fires);
    }

    private void reportUnreachable(Rule rule, Region fires, List<Integer> covering) {
        Example example = context.examples().in(fires);
        Rule decider = null;
        for (int earlier : covering) {
            if (truths.get(earlier).contains(example.request())) {
                decider = entries.get(earlier);
                break;
            }
        }
        String who = names(covering);
        String subject = rule == context.policy().otherwise()
                ? "`otherwise` is unreachable: every request is decided by " + who
                : context.describe(rule)
                        + " is unreachable: every request it matches is decided by " + who;
        String advice = "it is decided by " + (decider == null ? who : context.describe(decider))
                + "; remove the rule or move it earlier";
        context.report(context.at(Code.W0401, rule, subject), example, advice,
                decider == null ? null : decider.name());
    }

    private String names(List<Integer> positions) {
        List<String> names = new ArrayList<>();
        for (int position : positions) {
            Rule rule = entries.get(position);
            names.add(rule.source() == dev.verdict.runtime.Source.PLATFORM ? context.describe(rule)
                    : "`" + rule.name() + "`");
        }
        if (names.size() > 4) {
            int more = names.size() - 3;
            return String.join(", ", names.subList(0, 3)) + " and " + more + " more rules";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        int last = names.size() - 1;
        return String.join(", ", names.subList(0, last)) + " and " + names.get(last);
    }

    /**
     * E0208 in the checker's words: for an outcome that applies to a set of values of one field,
     * the values the condition really allows; else the outcome's condition.
     */
    private void reportInapplicable(Rule rule) {
        var outcome = rule.outcome().outcome();
        if (!(outcome.applies() instanceof Expr.Member applicable)) {
            context.report(context.at(Code.E0208, rule, "`" + outcome.name()
                    + "` applies only when `" + context.exprs().print(outcome.applies())
                    + "`, which the condition never allows")
                    .withHelp("choose an outcome that applies here, or change the condition"));
            return;
        }
        Field request = applicable.field();
        long allowed = 0;
        for (Cube cube : context.conditions().truth(rule.written()).cubes()) {
            allowed |= cube.domain(request.index()).mask();
        }
        String allowedNames = names(request, allowed);
        context.report(context.at(Code.E0208, rule, "`" + outcome.name() + "` applies only to "
                + names(request, applicable.mask())
                + ", but the condition allows only " + allowedNames)
                .withHelp("choose an outcome for " + allowedNames + ", or change the `"
                        + request.path() + "` test"));
    }

    private static String names(Field field, long mask) {
        List<String> names = new ArrayList<>();
        for (long rest = mask; rest != 0; rest &= rest - 1) {
            names.add("`" + field.type().values().get(Long.numberOfTrailingZeros(rest)) + "`");
        }
        return String.join(", ", names);
    }
}
