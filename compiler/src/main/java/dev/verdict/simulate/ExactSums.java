package dev.verdict.simulate;

import java.io.Serializable;
import java.math.BigInteger;

/**
 * Exact running sums, one per slot, that cost a {@code long} addition each until one would
 * overflow; only then does a slot spill into a {@link BigInteger}. Mutable.
 */
final class ExactSums implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long[] low;
    private final BigInteger[] spilled;

    ExactSums(int slots) {
        low = new long[slots];
        spilled = new BigInteger[slots];
    }

    void add(int slot, long value) {
        long sum = low[slot] + value;
        if (((low[slot] ^ sum) & (value ^ sum)) < 0) {
            BigInteger before = spilled[slot] == null ? BigInteger.ZERO : spilled[slot];
            spilled[slot] = before.add(BigInteger.valueOf(low[slot]))
                    .add(BigInteger.valueOf(value));
            low[slot] = 0;
        } else {
            low[slot] = sum;
        }
    }

    BigInteger get(int slot) {
        BigInteger sum = BigInteger.valueOf(low[slot]);
        return spilled[slot] == null ? sum : spilled[slot].add(sum);
    }
}
