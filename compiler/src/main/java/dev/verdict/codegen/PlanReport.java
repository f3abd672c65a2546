package dev.verdict.codegen;

import dev.verdict.codegen.DispatchPlanner.Bands;
import dev.verdict.codegen.DispatchPlanner.Leaf;
import dev.verdict.codegen.DispatchPlanner.Plan;
import dev.verdict.codegen.DispatchPlanner.Table;
import dev.verdict.schema.Field;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An evaluator's dispatch plan told to the person who wrote the policy ({@code verdict compile
 * --plan}): what a decision jumps on and searches, and what it costs, so that a policy whose plan
 * leaves long lists of rules is noticed before it runs.
 *
 * @param shape the plan's shape in words, e.g. "a jump on request × reason (56 cells, 56 targets),
 *     then a search of amount in 40 of them"
 * @param cost what the planner predicts a decision costs
 */
public record PlanReport(String shape, PlanCost cost) {

    static PlanReport of(Plan plan, DispatchPlanner.Options options) {
        return new PlanReport(shape(plan), PlanCost.of(plan, options));
    }

    /** One line: the shape, then the cost per decision, the code's size and the prediction. */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder(shape).append("; per decision ");
        if (cost.jumps() > 0) {
            line.append(String.format(Locale.ROOT, "%.2f jumps, ", cost.jumps()));
        }
        if (cost.comparisons() > 0) {
            line.append(String.format(Locale.ROOT, "%.2f comparisons, ", cost.comparisons()));
        }
        line.append(String.format(Locale.ROOT, "%.1f rule tests (at most %d); %d in the code",
                cost.ruleTests(), cost.worstRuleTests(), cost.copies()));
        if (cost.leaves() > 1) {
            line.append(String.format(Locale.ROOT, ", in %d lists of at most %d", cost.leaves(),
                    cost.largestLeaf()));
        }
        return line.append(String.format(Locale.ROOT, "; predicted %.1f ns", cost.nanos()))
                .toString();
    }

    private static String shape(Plan plan) {
        String first = firstRules(plan);
        if (plan instanceof Leaf leaf) {
            return "one list of " + rules(leaf.steps().size());
        }
        if (plan instanceof Bands bands) {
            return first + "a search of " + bands.field().path() + " (" + bandCount(bands)
                    + " bands)";
        }
        Table table = (Table) plan;
        String fields = table.fields().stream().map(Field::path)
                .collect(Collectors.joining(" × "));
        String jump = first + "a jump on " + fields + " (" + table.cells().size() + " cells, "
                + table.plans().size() + " targets)";
        Map<String, Integer> searched = new LinkedHashMap<>();
        for (Plan target : table.plans()) {
            if (target instanceof Bands bands) {
                searched.merge(bands.field().path(), 1, Integer::sum);
            }
        }
        if (searched.isEmpty()) {
            return jump;
        }
        return jump + ", then a search of " + searched.entrySet().stream()
                .map(e -> e.getKey() + " in " + e.getValue() + " of them")
                .collect(Collectors.joining(", of "));
    }

    /** "3 rules tested first, then " when the plan tests rules before its jump or search. */
    private static String firstRules(Plan plan) {
        int prefix = plan.prefix().size();
        return prefix == 0 ? "" : rules(prefix) + " tested first, then ";
    }

    private static int bandCount(Bands bands) {
        return bands.bands().size() + (bands.absent() == null ? 0 : 1);
    }

    private static String rules(int count) {
        return count + (count == 1 ? " rule" : " rules");
    }
}
