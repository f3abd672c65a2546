package dev.verdict.codegen;

import dev.verdict.codegen.DispatchPlanner.Options;
import dev.verdict.codegen.DispatchPlanner.Step;
import dev.verdict.schema.Field;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The choice of enum fields to index a table by. For a set of fields, a rule is tested for a
 * request with probability the product, over the fields, of the share of values it allows; and
 * it is copied into as many places as the product of the groups of values it meets. The jump
 * costs by its targets, the product of the fields' groups. The set with the fewest expected tests
 * (jump included) whose copies fit the budget and whose cells fit the table wins; fields are
 * ordered by fewest groups (the request type usually first), the first the most significant.
 */
final class FieldChoice {

    private FieldChoice() {
    }

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
            long cells = 1;
            for (int f = 0; f < stats.size(); f++) {
                if ((set & 1 << f) != 0) {
                    targets *= stats.get(f).groups;
                    cells *= stats.get(f).field.type().values().size();
                }
            }
            if (cells > options.maxCells()) {
                continue;
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
