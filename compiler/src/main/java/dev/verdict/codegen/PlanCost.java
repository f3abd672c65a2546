package dev.verdict.codegen;

import dev.verdict.codegen.DispatchPlanner.Bands;
import dev.verdict.codegen.DispatchPlanner.Leaf;
import dev.verdict.codegen.DispatchPlanner.Options;
import dev.verdict.codegen.DispatchPlanner.Plan;
import dev.verdict.codegen.DispatchPlanner.Table;
import java.util.List;
import java.util.Locale;

/**
 * What the dispatch planner predicts one decision costs, every value of a request's fields
 * equally likely (as the planner assumes when it chooses): table jumps, comparisons of the band
 * search (the presence test of an optional field included), and rules tested (each list counted
 * whole, as if no rule fired early), on average and on the worst path; the plan's leaves and its
 * longest list of rules. {@code units} is the planner's own objective: rule tests, plus each jump
 * at {@link Options#switchCost(long)} and each comparison at {@link Options#bandCost()} rule
 * tests. A time in ns is {@code a + b * units} once a run on a quiet machine fixes {@code a} and
 * {@code b}.
 */
public record PlanCost(double jumps, double comparisons, double ruleTests, int worstComparisons,
                       int worstRuleTests, int leaves, int largestLeaf, int copies, double units) {

    /** Fitted ns per decision with no work, per unit, and per rule test written in the code. */
    static final double BASE_NS = 1.84;
    static final double UNIT_NS = 0.087;
    static final double COPY_NS = 0.000694;

    /**
     * The predicted time of a decision in ns: {@code 1.84 + 0.087 × units + 0.694 × copies /
     * 1000}, fitted by least squares to the six policies of the dispatch benchmark on the 2-core
     * machine of {@code docs/performance.md} (every one within 14 %). The copies term is the
     * code the evaluator spreads over: a larger class decides more slowly, whatever its path.
     */
    public double nanos() {
        return BASE_NS + UNIT_NS * units + COPY_NS * copies;
    }

    /** The cost of {@code plan} under the planner's {@code options}. */
    static PlanCost of(Plan plan, Options options) {
        if (plan instanceof Leaf leaf) {
            int size = leaf.steps().size();
            return new PlanCost(0, 0, size, 0, size, 1, size, size, size);
        }
        if (plan instanceof Table table) {
            return table(table, options);
        }
        return bands((Bands) plan, options);
    }

    private static PlanCost table(Table table, Options options) {
        List<PlanCost> plans = table.plans().stream().map(p -> of(p, options)).toList();
        Mean mean = new Mean();
        for (int cell : table.cells()) {
            mean.add(plans.get(cell));
        }
        int prefix = table.prefix().size();
        return new PlanCost(1 + mean.jumps / mean.count, mean.comparisons / mean.count,
                prefix + mean.ruleTests / mean.count,
                plans.stream().mapToInt(PlanCost::worstComparisons).max().orElse(0),
                prefix + plans.stream().mapToInt(PlanCost::worstRuleTests).max().orElse(0),
                plans.stream().mapToInt(PlanCost::leaves).sum(),
                Math.max(prefix, plans.stream().mapToInt(PlanCost::largestLeaf).max().orElse(0)),
                prefix + plans.stream().mapToInt(PlanCost::copies).sum(),
                prefix + options.switchCost(table.plans().size()) + mean.units / mean.count);
    }

    /** The search as {@link PlanWriter} writes it: the presence test, then halving. */
    private static PlanCost bands(Bands bands, Options options) {
        int extra = bands.absent() == null ? 0 : 1;
        int count = bands.bands().size();
        int[] depths = new int[count];
        depths(0, count - 1, 0, depths);
        Mean mean = new Mean();
        int worstDepth = 0;
        int worstTests = 0;
        int largest = bands.prefix().size();
        int copies = bands.prefix().size();
        for (int i = 0; i < count; i++) {
            PlanCost band = of(bands.bands().get(i), options);
            copies += band.copies();
            mean.add(band.withComparisons(extra + depths[i], options));
            worstDepth = Math.max(worstDepth, extra + depths[i]);
            worstTests = Math.max(worstTests, band.worstRuleTests());
            largest = Math.max(largest, band.largestLeaf());
        }
        if (bands.absent() != null) {
            PlanCost absent = of(bands.absent(), options);
            copies += absent.copies();
            mean.add(absent.withComparisons(1, options));
            worstTests = Math.max(worstTests, absent.worstRuleTests());
            largest = Math.max(largest, absent.largestLeaf());
        }
        int prefix = bands.prefix().size();
        return new PlanCost(mean.jumps / mean.count, mean.comparisons / mean.count,
                prefix + mean.ruleTests / mean.count, worstDepth, prefix + worstTests,
                mean.leaves, largest, copies, prefix + mean.units / mean.count);
    }

    /** The comparisons to reach each band of {@code low..high}, split as the writer does. */
    private static void depths(int low, int high, int depth, int[] into) {
        if (low == high) {
            into[low] = depth;
            return;
        }
        int middle = Bands.middle(low, high);
        depths(low, middle - 1, depth + 1, into);
        depths(middle, high, depth + 1, into);
    }

    private PlanCost withComparisons(int added, Options options) {
        return new PlanCost(jumps, comparisons + added, ruleTests, worstComparisons + added,
                worstRuleTests, leaves, largestLeaf, copies, units + options.bandCost() * added);
    }

    /** One line: {@code units} first, then what makes it up. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f units: %.2f jumps, %.2f comparisons (worst %d), "
                        + "%.1f rule tests (worst %d); %d leaves, largest %d; %d rule copies; "
                        + "predicted %.1f ns", units, jumps, comparisons, worstComparisons,
                ruleTests, worstRuleTests, leaves, largestLeaf, copies, nanos());
    }

    /** Sums of costs, to average over equally likely cells or bands. */
    private static final class Mean {
        double jumps;
        double comparisons;
        double ruleTests;
        double units;
        int leaves;
        int count;

        void add(PlanCost cost) {
            jumps += cost.jumps;
            comparisons += cost.comparisons;
            ruleTests += cost.ruleTests;
            units += cost.units;
            leaves += cost.leaves;
            count++;
        }
    }
}
