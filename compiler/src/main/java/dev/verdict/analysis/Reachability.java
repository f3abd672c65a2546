package dev.verdict.analysis;

import dev.verdict.diag.AnalysisDiagnostics;
import dev.verdict.diag.CheckDiagnostics;
import dev.verdict.diag.Diagnostic;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Rule;
import dev.verdict.schema.Field;
import java.util.ArrayList;
import java.util.BitSet;
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
 *
 * <p>Subtracting every earlier rule one by one costs time in the square of the rules when many
 * overlap (20,000 rules {@code amount < K and reason = size}). So the walk also keeps the union
 * of all earlier rules, coalesced, while it stays small ({@value #DECIDED_MAX} cubes): a rule
 * that still has requests outside it is reachable, and its reach is exactly those requests,
 * found in one subtraction. Only a rule left with none is walked rule by rule, to name the rules
 * that decide its requests.
 */
final class Reachability {

    /** Regions of this many cubes are coalesced, and again each time they double. */
    private static final int COALESCE_FROM = 16;
    /** The most cubes the union of the earlier rules is kept in; past it, rules are walked. */
    private static final int DECIDED_MAX = 64;

    private final Context context;
    private final OutcomeChecks outcomes;
    private final int searchFrom;
    private final List<Rule> entries = new ArrayList<>();
    private final List<Region> truths = new ArrayList<>();
    private final RuleIndex index;
    /** The requests the rules so far decide, coalesced; null once it grew past DECIDED_MAX. */
    private Region decided;

    Reachability(Context context, OutcomeChecks outcomes, int searchFrom) {
        this.context = context;
        this.outcomes = outcomes;
        this.searchFrom = searchFrom;
        var policy = context.policy();
        int count = policy.guards().size() + policy.rules().size() + 1;
        this.index = new RuleIndex(context.space(), count);
        this.decided = Region.empty(context.space());
    }

    /** Runs the walk; {@code progress} learns which rule is being analysed, for I0901. */
    void run(java.util.function.Consumer<Rule> progress) {
        List<Rule> order = context.policy().decisionOrder();
        int guards = context.policy().guards().size();
        for (int i = 0; i < order.size(); i++) {
            Rule rule = order.get(i);
            progress.accept(rule);
            if (i < guards) {
                add(rule, context.conditions().truth(rule.condition()));
            } else {
                analyse(rule);
            }
        }
    }

    private void analyse(Rule rule) {
        boolean isOtherwise = rule == context.policy().otherwise();
        if (!isOtherwise && context.conditions().truth(rule.written()).isEmpty()) {
            String why = new Contradictions(context).explain(rule.written());
            context.report(rule.file(), AnalysisDiagnostics.neverTrue(rule.span(),
                    context.describe(rule), why));
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
        Region outside = outsideDecided(fires);
        add(rule, fires);
        if (outside != null) {
            outcomes.check(rule, outside::intersect);
            return;
        }
        BitSet earlier = index.candidates(fires, entries.size() - 1);
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
            context.report(rule.file(), AnalysisDiagnostics.ruleNotChecked(rule.span(),
                    context.describe(rule), context.space().budget().maxCubes()));
        }
    }

    /**
     * {@code fires} without the requests every earlier rule decides, in one subtraction; null
     * when that is empty, the union of those rules is too large to keep, or the subtraction
     * splits into too many cubes (the rule is then walked rule by rule).
     */
    private Region outsideDecided(Region fires) {
        if (decided == null || fires.cubes().size() >= searchFrom) {
            return null;
        }
        try {
            Region outside = fires.minus(decided);
            return outside.isEmpty() ? null : outside;
        } catch (Budget.Exhausted e) {
            if (e.timeUp()) {
                throw e;
            }
            return null;
        }
    }

    /**
     * {@code fires} without the requests the rules at {@code earlier} decide, subtracting them in
     * order; {@code covering} collects those that take some. Null when the region has
     * {@code searchFrom} cubes, even coalesced.
     */
    private Region reach(Region fires, BitSet earlier, List<Integer> covering) {
        if (fires.cubes().size() >= searchFrom) {
            return null;
        }
        Region reach = fires;
        int coalesceAt = COALESCE_FROM;
        for (int position = earlier.nextSetBit(0); position >= 0;
                position = earlier.nextSetBit(position + 1)) {
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
        if (decided != null && !fires.isEmpty()) {
            decided = decided.union(fires).coalesced();
            if (decided.cubes().size() > DECIDED_MAX) {
                decided = null;
            }
        }
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
        Diagnostic unreachable = AnalysisDiagnostics.unreachable(rule.span(),
                context.describe(rule), rule == context.policy().otherwise(), who,
                decider == null ? who : context.describe(decider));
        if (decider != null) {
            unreachable = unreachable.withRelated(decider.file(), decider.span(),
                    "the request is decided here");
        }
        context.report(rule, unreachable, example, decider == null ? null : decider.name());
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
        if (outcome.applies().field() == null) {
            context.report(rule.file(), CheckDiagnostics.outcomeNeverApplies(rule.span(),
                    outcome.name(), context.exprs().print((Expr) outcome.applies().lowered())));
            return;
        }
        Field request = outcome.applies().field();
        long allowed = 0;
        for (Cube cube : context.conditions().truth(rule.written()).cubes()) {
            allowed |= cube.domain(request.index()).mask();
        }
        String allowedNames = names(request, allowed);
        context.report(rule.file(), CheckDiagnostics.inapplicableOutcome(rule.span(),
                outcome.name(), "to " + names(request, outcome.applies().mask()),
                allowedNames, request.path()));
    }

    private static String names(Field field, long mask) {
        List<String> names = new ArrayList<>();
        for (long rest = mask; rest != 0; rest &= rest - 1) {
            names.add("`" + field.type().values().get(Long.numberOfTrailingZeros(rest)) + "`");
        }
        return String.join(", ", names);
    }
}
