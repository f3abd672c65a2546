package dev.verdict.analysis;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Which earlier rules can overlap a region, without comparing it with each: for every enum
 * field (request type, reason, category, ...) and each of its values (and absence), the set of
 * rules whose condition allows that value. Two rules can only overlap when, for every enum
 * field, their allowed values meet. (An enum of 64 values leaves no bit for absence; it is not
 * indexed.)
 */
final class RuleIndex {

    private final Space space;
    private final int[] enumFields;
    /** {@code rules[i][v]}: the rules whose region allows value {@code v} of enum field i. */
    private final long[][][] rules;
    private int size;

    RuleIndex(Space space, int capacity) {
        this.space = space;
        this.enumFields = java.util.stream.IntStream.range(0, space.size())
                .filter(f -> space.full(f).enumerated()
                        && space.valueCount(f) < Long.SIZE).toArray();
        int words = Math.max(1, (capacity + 63) / 64);
        this.rules = new long[enumFields.length][][];
        for (int i = 0; i < enumFields.length; i++) {
            rules[i] = new long[space.valueCount(enumFields[i]) + 1][words];
        }
    }

    /** Adds the rule at the next position (positions count from 0); returns that position. */
    int add(Region region) {
        int position = size++;
        for (int i = 0; i < enumFields.length; i++) {
            long allowed = allowed(region, i);
            for (long rest = allowed; rest != 0; rest &= rest - 1) {
                rules[i][Long.numberOfTrailingZeros(rest)][position >>> 6] |= 1L << position;
            }
        }
        return position;
    }

    /**
     * The positions before {@code before} whose rules may overlap {@code region}, as a set that
     * a walk reads only as far as it goes.
     */
    BitSet candidates(Region region, int before) {
        int words = (before + 63) >>> 6;
        long[] result = new long[words];
        Arrays.fill(result, -1L);
        if ((before & 63) != 0) {
            result[words - 1] = (1L << (before & 63)) - 1;
        }
        for (int i = 0; i < enumFields.length; i++) {
            long allowed = allowed(region, i);
            int absentSlot = rules[i].length - 1;
            Domain full = space.full(enumFields[i]);
            long every = full.mask() | (full.absent() ? 1L << absentSlot : 0);
            if (allowed == every) {
                continue;
            }
            long[] any = new long[words];
            for (long rest = allowed; rest != 0; rest &= rest - 1) {
                long[] bits = rules[i][Long.numberOfTrailingZeros(rest)];
                for (int w = 0; w < words; w++) {
                    any[w] |= bits[w];
                }
            }
            for (int w = 0; w < words; w++) {
                result[w] &= any[w];
            }
        }
        return BitSet.valueOf(result);
    }

    /** The values of enum field {@code i} that {@code region} allows; absence is the last slot. */
    private long allowed(Region region, int i) {
        int field = enumFields[i];
        int absentSlot = rules[i].length - 1;
        long allowed = 0;
        for (Cube cube : region.cubes()) {
            Domain domain = cube.domain(field);
            allowed |= domain.mask() | (domain.absent() ? 1L << absentSlot : 0);
        }
        return allowed;
    }
}
