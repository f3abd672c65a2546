package dev.verdict.codegen;

import dev.verdict.schema.Field;
import dev.verdict.schema.Kind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans how an evaluator finds the first rule that fires without testing every rule: a decision
 * tree that switches on required enum fields (the request type, the reason, the category...),
 * down to short lists of rules tested in their original order. A rule that does not constrain the
 * switched field goes to every branch, and the rules before the first one that does are tested
 * once, before the switch; so each branch tests exactly the rules that can fire there, in file
 * order, and first-match semantics are kept.
 *
 * <p>Copying rules into branches costs code. The planner picks the set of fields to switch on
 * that leaves the fewest rules to test for a request (values equally likely) within a budget of
 * rule tests in the code, estimated per set from each rule's constraints.
 */
final class DispatchPlanner {

    /** A rule to test: its index in evaluation order,
            and when it fires (restricted to the branch). */
    record Step(int rule, Formula when) {
    }

    /** A node of the decision tree. */
    sealed interface Plan {
    }

    /** Test these steps in order; when none fires, the fallback decides. */
    record Leaf(List<Step> steps) implements Plan {
    }

    /** Test {@code prefix},
            then switch on {@code field}: each branch covers a set of its values. */
    record Split(List<Step> prefix, Field field, List<Branch> branches) implements Plan {
    }

    record Branch(long values, Plan plan) {
    }

    /**
     * @param leafSize lists of at most this many rules are tested without a switch
     * @param maxGrowth the code holds at most this many times as many rule tests as there are rules
     * @param maxTests nor more rule tests than this, unless three times the rules
     * @param switchCost what a two-way switch costs, in rule tests: an indirect jump the
     *                   processor mispredicts when requests vary (measured: a switch into lists of
     *                   10 rules matched a chain of 15, so about 5)
     */
    record Options(int leafSize, int maxGrowth, int maxTests, double switchCost) {

        /**
         * What a switch into {@code targets} branches costs, in rule tests: {@code switchCost}
         * per doubling of the targets. A wide switch is mispredicted more often, spreads over
         * more code, and calls more methods than the JIT inlines into it (for 100 synthetic
         * rules, a 392-way switch into 150 methods took 6 to 15 ns from one JVM to the next; a
         * switch on the 14 reasons, 3.9 to 4.3 ns).
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

    private final List<Field> candidates;
    private final Options options;

    DispatchPlanner(List<Field> fields, Options options) {
        this.candidates = fields.stream()
                .filter(f -> f.type().kind() == Kind.ENUM && !f.optional()
                        && f.type().values().size() > 1)
                .toList();
        this.options = options;
    }

    /** The plan for rules in evaluation order (each step's formula: when the rule fires). */
    Plan plan(List<Step> steps) {
        List<Step> live = live(steps);
        List<Field> order = live.size() <= options.leafSize() ? List.of()
                : FieldChoice.best(candidates, live, options, MAX_FIELDS);
        return build(live, order, 0, new LinkedHashMap<>());
    }

    private Plan build(List<Step> steps, List<Field> order, int next, Map<Field, Long> possible) {
        for (int k = next; k < order.size() && steps.size() > options.leafSize(); k++) {
            Field field = order.get(k);
            Candidate split = Candidate.of(field, possible.getOrDefault(field,
                    field.type().allValues()), steps);
            if (split.cost + options.switchCost(split.groups.size()) < steps.size()) {
                return split(steps, split, order, k + 1, possible);
            }
        }
        return new Leaf(steps);
    }

    private Plan split(List<Step> steps, Candidate split, List<Field> order, int next,
                       Map<Field, Long> possible) {
        List<Branch> branches = new ArrayList<>();
        for (Map.Entry<BitSet, Long> group : split.groups.entrySet()) {
            long values = group.getValue();
            List<Step> branch = new ArrayList<>();
            group.getKey().stream().forEach(i -> {
                Step step = steps.get(split.prefix + i);
                branch.add(new Step(step.rule(), step.when().restrict(split.field, values)));
            });
            Map<Field, Long> narrowed = new LinkedHashMap<>(possible);
            narrowed.put(split.field, values);
            branches.add(new Branch(values, build(live(branch), order, next, narrowed)));
        }
        return new Split(steps.subList(0, split.prefix), split.field, branches);
    }

    /** The steps that can fire, up to and including the first that always does. */
    private static List<Step> live(List<Step> steps) {
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

    /**
     * Switching on {@code field} at one node: the leading steps that do not constrain it
     * ({@code prefix}), the rest grouped by the values for which the same steps can fire, and the
     * expected number of steps tested (values equally likely).
     */
    private record Candidate(Field field, int prefix, Map<BitSet, Long> groups, double cost) {

        static Candidate of(Field field, long values, List<Step> steps) {
            long[] possible = new long[steps.size()];
            int prefix = 0;
            for (int i = 0; i < steps.size(); i++) {
                possible[i] = steps.get(i).when().possible(field) & values;
                if (prefix == i && possible[i] == values) {
                    prefix++;
                }
            }
            Map<BitSet, Long> groups = new LinkedHashMap<>();
            long tested = 0;
            for (long rest = values; rest != 0; rest &= rest - 1) {
                long bit = Long.lowestOneBit(rest);
                BitSet bucket = new BitSet();
                for (int i = prefix; i < steps.size(); i++) {
                    if ((possible[i] & bit) != 0) {
                        bucket.set(i - prefix);
                    }
                }
                tested += bucket.cardinality();
                groups.merge(bucket, bit, (a, b) -> a | b);
            }
            return new Candidate(field, prefix, groups, prefix
                    + (double) tested / Long.bitCount(values));
        }
    }

    /**
     * The choice of fields to switch on. For a set of fields, a rule is tested for a request with
     * probability the product, over the fields, of the share of values it allows; and it is copied
     * into as many branches as the product of the groups of values it meets. The switch costs by
     * its targets, the product of the fields' groups. The set with the fewest expected tests
     * (switch included) whose copies fit the budget wins; fields are switched on in order of
     * fewest groups (the request type usually first).
     */
    private static final class FieldChoice {

        static List<Field> best(List<Field> candidates, List<Step> steps, Options options,
                int maxFields) {
            long budget = options.budget(steps.size());
            List<FieldStats> stats = new ArrayList<>();
            for (Field field : candidates) {
                FieldStats s = FieldStats.of(field, steps);
                if (s.groups > 1) {
                    stats.add(s);
                }
            }
            stats.sort(Comparator.comparingDouble(FieldStats::expected));
            if (stats.size() > maxFields) {
                stats = stats.subList(0, maxFields);
            }
            int bestSet = 0;
            double bestExpected = steps.size();
            long bestSize = steps.size();
            for (int set = 1; set < 1 << stats.size(); set++) {
                long targets = 1;
                for (int f = 0; f < stats.size(); f++) {
                    if ((set & 1 << f) != 0) {
                        targets *= stats.get(f).groups;
                    }
                }
                double expected = options.switchCost(targets);
                long size = 0;
                for (int i = 0; i < steps.size(); i++) {
                    double share = 1;
                    long copies = 1;
                    for (int f = 0; f < stats.size(); f++) {
                        if ((set & 1 << f) != 0) {
                            share *= stats.get(f).share[i];
                            copies *= stats.get(f).copies[i];
                        }
                    }
                    expected += share;
                    size += copies;
                }
                boolean better = expected < bestExpected || (expected == bestExpected
                        && size < bestSize);
                if (size <= budget && better) {
                    bestSet = set;
                    bestExpected = expected;
                    bestSize = size;
                }
            }
            List<FieldStats> chosen = new ArrayList<>();
            for (int f = 0; f < stats.size(); f++) {
                if ((bestSet & 1 << f) != 0) {
                    chosen.add(stats.get(f));
                }
            }
            chosen.sort(Comparator.comparingInt((FieldStats s) -> s.groups).thenComparingInt(s
                    -> s.field.index()));
            return chosen.stream().map(s -> s.field).toList();
        }
    }

    /**
     * One field over all steps: each step's share of the field's values, the number of value
     * groups (values for which the same steps can fire) it meets, and the expected steps tested
     * after switching on this field alone.
     */
    private record FieldStats(Field field, int groups, double[] share, long[] copies,
            double expected) {

        static FieldStats of(Field field, List<Step> steps) {
            long all = field.type().allValues();
            long[] possible = new long[steps.size()];
            for (int i = 0; i < steps.size(); i++) {
                possible[i] = steps.get(i).when().possible(field) & all;
            }
            Map<BitSet, Long> groups = new LinkedHashMap<>();
            for (long rest = all; rest != 0; rest &= rest - 1) {
                long bit = Long.lowestOneBit(rest);
                BitSet bucket = new BitSet();
                for (int i = 0; i < steps.size(); i++) {
                    if ((possible[i] & bit) != 0) {
                        bucket.set(i);
                    }
                }
                groups.merge(bucket, bit, (a, b) -> a | b);
            }
            double[] share = new double[steps.size()];
            long[] copies = new long[steps.size()];
            double expected = 0;
            for (int i = 0; i < steps.size(); i++) {
                share[i] = (double) Long.bitCount(possible[i]) / Long.bitCount(all);
                for (long group : groups.values()) {
                    copies[i] += (group & possible[i]) != 0 ? 1 : 0;
                }
                expected += share[i];
            }
            return new FieldStats(field, groups.size(), share, copies, expected);
        }
    }
}
