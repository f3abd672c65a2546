package dev.verdict.codegen;

import dev.verdict.codegen.DispatchPlanner.Bands;
import dev.verdict.codegen.DispatchPlanner.Leaf;
import dev.verdict.codegen.DispatchPlanner.Options;
import dev.verdict.codegen.DispatchPlanner.Plan;
import dev.verdict.codegen.DispatchPlanner.Step;
import dev.verdict.schema.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Splits a list of rules by the value of one numeric field (the amount, the time since
 * delivery...): the values where a comparison of the field with a constant may change cut the
 * field's range into bands, and in each band the comparisons fold to true or false, so that only
 * the rules that can fire there remain. Neighbouring bands with the same rules merge. The field
 * that leaves the fewest rules to test (bands equally likely, a binary search costing
 * {@link Options#bandCost} per comparison) wins, if it saves anything and its copies of rules
 * stay within {@value #GROWTH} times the list.
 */
final class NumericBands {

    /** The bands hold at most this many times the rules of the list they split. */
    static final int GROWTH = 4;
    /** A search starts from at most about this many bands. */
    static final int MAX_BANDS = 64;

    private final List<Field> fields;
    private final Options options;

    NumericBands(List<Field> fields, Options options) {
        this.fields = fields;
        this.options = options;
    }

    /** The steps split into bands by the best field, or a leaf when no split saves tests. */
    Plan split(List<Step> steps) {
        Plan best = new Leaf(steps);
        if (steps.size() <= options.leafSize()) {
            return best;
        }
        double bestCost = steps.size();
        for (Field field : fields) {
            Bands bands = bands(steps, field);
            if (bands != null && expected(bands) < bestCost) {
                best = bands;
                bestCost = expected(bands);
            }
        }
        return best;
    }

    /** Expected steps tested (the search counted in steps), every band equally likely. */
    double expected(Bands bands) {
        int count = bands.bands().size() + (bands.absent() == null ? 0 : 1);
        double tested = 0;
        for (Plan band : bands.bands()) {
            tested += ((Leaf) band).steps().size();
        }
        if (bands.absent() != null) {
            tested += ((Leaf) bands.absent()).steps().size();
        }
        return bands.prefix().size() + tested / count
                + options.bandCost() * Math.log(count) / Math.log(2);
    }

    private Bands bands(List<Step> steps, Field field) {
        int prefix = 0;
        while (prefix < steps.size() && !steps.get(prefix).when().reads(field)) {
            prefix++;
        }
        List<Step> rest = steps.subList(prefix, steps.size());
        if (rest.stream().filter(s -> s.when().reads(field)).count() * 2 < steps.size()) {
            return null;
        }
        TreeSet<Long> found = new TreeSet<>();
        rest.forEach(step -> step.when().cuts(field, found));
        found.remove(Long.MIN_VALUE);
        List<Long> cuts = new ArrayList<>(found);
        Plan absent = null;
        long budget = (long) GROWTH * rest.size();
        if (field.optional()) {
            List<Step> none = new ArrayList<>();
            rest.forEach(s -> none.add(new Step(s.rule(), s.when().absent(field))));
            absent = new Leaf(DispatchPlanner.live(none));
            budget -= ((Leaf) absent).steps().size();
        }
        int first = Integer.highestOneBit(Math.max(1, cuts.size() / MAX_BANDS));
        for (int stride = first; ; stride *= 2) {
            List<Long> bounds = new ArrayList<>();
            List<Plan> bands = bands(rest, field, cuts, stride, bounds, budget);
            if (bands != null && bands.size() + (absent == null ? 0 : 1) >= 2) {
                return new Bands(steps.subList(0, prefix), field, bounds, bands, absent);
            }
            if (bands != null || stride >= cuts.size()) {
                return null;
            }
        }
    }

    /**
     * The bands between every {@code stride}-th cut (their lower bounds into {@code bounds});
     * null when they would hold more than {@code budget} steps.
     */
    private static List<Plan> bands(List<Step> steps, Field field, List<Long> cuts, int stride,
            List<Long> bounds, long budget) {
        List<Long> selected = new ArrayList<>();
        for (int i = stride - 1; i < cuts.size(); i += stride) {
            selected.add(cuts.get(i));
        }
        List<Plan> bands = new ArrayList<>();
        List<Step> last = null;
        long copies = 0;
        long low = Long.MIN_VALUE;
        for (int i = 0; i <= selected.size(); i++) {
            boolean top = i == selected.size();
            List<Step> band = within(steps, field, low, top ? Long.MAX_VALUE
                    : selected.get(i) - 1);
            if (!band.equals(last)) {
                if (last != null) {
                    bounds.add(low);
                }
                bands.add(new Leaf(band));
                last = band;
                copies += band.size();
                if (copies > budget) {
                    return null;
                }
            }
            if (!top) {
                low = selected.get(i);
            }
        }
        return bands;
    }

    /** The steps for values of {@code field} from {@code low} to {@code high}. */
    private static List<Step> within(List<Step> steps, Field field, long low, long high) {
        List<Step> within = new ArrayList<>();
        for (Step step : steps) {
            within.add(step.when().reads(field)
                    ? new Step(step.rule(), step.when().within(field, low, high)) : step);
        }
        return DispatchPlanner.live(within);
    }
}
