package dev.verdict.codegen;

import dev.verdict.schema.Field;
import dev.verdict.schema.Kind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans how an evaluator finds the first rule that fires without testing every rule, in a shape
 * whose cost does not depend on what the JIT happens to inline: at most one table jump on the
 * combined ordinal of several required enum fields (the request type, the reason, the
 * category...), then at most one binary search on a numeric field (the amount...), then a short
 * list of rules tested in their original order. A rule that does not constrain a field goes to
 * every cell or band, and the rules before the first that does are tested once, before the jump;
 * so each list holds exactly the rules that can fire there, in file order, and first-match
 * semantics are kept.
 *
 * <p>Copying rules into cells and bands costs code (and compile time). The planner picks the
 * fields to index by that leave the fewest rules to test for a request (values equally likely)
 * within a budget of rule copies ({@link FieldChoice}), then splits each cell's rules by the
 * numeric field that saves the most tests ({@link NumericBands}).
 */
final class DispatchPlanner {

    /** A rule to test: its index in evaluation order, and when it fires (restricted to here). */
    record Step(int rule, Formula when) {
    }

    /** A node of the plan. */
    sealed interface Plan {

        /** The rules tested before the node's jump or search; none for a leaf. */
        List<Step> prefix();
    }

    /** Test these steps in order; when none fires, the fallback decides. */
    record Leaf(List<Step> steps) implements Plan {

        @Override
        public List<Step> prefix() {
            return List.of();
        }
    }

    /**
     * Test {@code prefix}, then jump on the request's cell, the combined ordinal of
     * {@code fields} (the first the most significant: {@code (o1 * n2 + o2) * n3 + o3}):
     * {@code cells.get(cell)} is the position in {@code plans} of what decides there.
     */
    record Table(List<Step> prefix, List<Field> fields, List<Integer> cells, List<Plan> plans)
            implements Plan {
    }

    /**
     * Test {@code prefix}, then find the band of the numeric {@code field}'s value: band
     * {@code i} holds the values below {@code bounds.get(i)} and at or above
     * {@code bounds.get(i - 1)}, the last band the rest; {@code absent} decides when the optional
     * field has no value (null for a required field).
     */
    record Bands(List<Step> prefix, Field field, List<Long> bounds, List<Plan> bands, Plan absent)
            implements Plan {

        /**
         * Where the search splits bands {@code low} to {@code high}: bands from the result on
         * are at or above its lower bound (the writer's comparison, the cost model's halving).
         */
        static int middle(int low, int high) {
            return (low + high + 1) / 2;
        }
    }

    /**
     * @param leafSize lists of at most this many rules are tested without a jump or a search
     * @param maxGrowth the code holds at most this many times as many rule tests as there are rules
     * @param maxTests nor more rule tests than this, unless three times the rules
     * @param switchCost what a two-way switch costs, in rule tests
     * @param maxCells a table has at most this many cells
     * @param maxPlans a table jumps to at most this many distinct plans
     * @param bandCost what one comparison of a binary search costs, in rule tests
     */
    record Options(int leafSize, int maxGrowth, int maxTests, double switchCost, int maxCells,
            int maxPlans, double bandCost) {

        /**
         * What a jump into {@code targets} places costs, in rule tests: {@code switchCost} per
         * doubling of the targets. A wide jump is mispredicted more often and spreads over more
         * code.
         */
        double switchCost(long targets) {
            return switchCost * Math.max(1, Math.log(targets) / Math.log(2));
        }

        long budget(int rules) {
            long floor = (long) Math.min(3, maxGrowth) * rules;
            return Math.max(floor, Math.min((long) maxGrowth * rules, maxTests));
        }
    }

    /** At most this many fields are considered together (2^n sets are weighed). */
    private static final int MAX_FIELDS = 8;

    private final List<Field> enums;
    private final NumericBands bands;
    private final Options options;

    DispatchPlanner(List<Field> fields, Options options) {
        this.enums = fields.stream()
                .filter(f -> f.type().kind() == Kind.ENUM && !f.optional()
                        && f.type().values().size() > 1)
                .toList();
        this.bands = new NumericBands(fields.stream().filter(f -> f.type().kind().isOrdered())
                .toList(), options);
        this.options = options;
    }

    /** The plan for rules in evaluation order (each step's formula: when the rule fires). */
    Plan plan(List<Step> steps) {
        List<Step> live = live(steps);
        if (live.size() <= options.leafSize()) {
            return new Leaf(live);
        }
        List<Field> fields = FieldChoice.best(enums, live, options, MAX_FIELDS);
        for (int n = fields.size(); n > 0; n--) {
            Table table = table(live, fields.subList(0, n));
            if (table != null) {
                return table;
            }
        }
        return bands.split(live);
    }

    /** The table on {@code fields}; null when its cells need more than the allowed plans. */
    private Table table(List<Step> steps, List<Field> fields) {
        int prefix = 0;
        while (prefix < steps.size() && constrainsNone(steps.get(prefix), fields)) {
            prefix++;
        }
        List<BitSet[]> byValue = new ArrayList<>();
        int cells = 1;
        for (Field field : fields) {
            byValue.add(stepsByValue(field, steps, prefix));
            cells *= field.type().values().size();
        }
        Map<List<Step>, Integer> distinct = new LinkedHashMap<>();
        List<Integer> cellPlans = new ArrayList<>(cells);
        for (int cell = 0; cell < cells; cell++) {
            int[] ordinals = ordinals(fields, cell);
            BitSet possible = (BitSet) byValue.get(0)[ordinals[0]].clone();
            for (int f = 1; f < fields.size(); f++) {
                possible.and(byValue.get(f)[ordinals[f]]);
            }
            List<Step> restricted = new ArrayList<>();
            possible.stream().forEach(i -> {
                Formula when = steps.get(i).when();
                for (int f = 0; f < fields.size(); f++) {
                    when = when.restrict(fields.get(f), 1L << ordinals[f]);
                }
                restricted.add(new Step(steps.get(i).rule(), when));
            });
            cellPlans.add(distinct.computeIfAbsent(live(restricted), k -> distinct.size()));
            if (distinct.size() > options.maxPlans()) {
                return null;
            }
        }
        List<Plan> plans = distinct.keySet().stream().map(bands::split).toList();
        return new Table(steps.subList(0, prefix), List.copyOf(fields), cellPlans, plans);
    }

    private static boolean constrainsNone(Step step, List<Field> fields) {
        for (Field field : fields) {
            long all = field.type().allValues();
            if ((step.when().possible(field) & all) != all) {
                return false;
            }
        }
        return true;
    }

    /** Per value of {@code field}: the steps from {@code from} on that can fire with it. */
    private static BitSet[] stepsByValue(Field field, List<Step> steps, int from) {
        BitSet[] byValue = new BitSet[field.type().values().size()];
        for (int v = 0; v < byValue.length; v++) {
            byValue[v] = new BitSet();
        }
        for (int i = from; i < steps.size(); i++) {
            long possible = steps.get(i).when().possible(field);
            for (int v = 0; v < byValue.length; v++) {
                if ((possible & 1L << v) != 0) {
                    byValue[v].set(i);
                }
            }
        }
        return byValue;
    }

    /** The ordinal of each field in a cell (the last field varies fastest). */
    static int[] ordinals(List<Field> fields, int cell) {
        int[] ordinals = new int[fields.size()];
        for (int f = fields.size() - 1; f >= 0; f--) {
            int width = fields.get(f).type().values().size();
            ordinals[f] = cell % width;
            cell /= width;
        }
        return ordinals;
    }

    /** The steps that can fire, up to and including the first that always does. */
    static List<Step> live(List<Step> steps) {
        List<Step> live = new ArrayList<>();
        for (Step step : steps) {
            if (!step.when().equals(Formula.FALSE)) {
                live.add(step);
                if (step.when().equals(Formula.TRUE)) {
                    break;
                }
            }
        }
        return List.copyOf(live);
    }
}
