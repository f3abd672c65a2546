package dev.verdict.simulate;

import java.math.BigInteger;

/**
 * What one policy's deciders (by index in {@link Deciders#all()}) decided in one block of
 * history: how many requests, the amount they asked for and the money the decisions pay back;
 * and the order in which the deciders first decided, so that merged tallies list outcomes in
 * order of appearance. Adding allocates nothing. Mutable.
 */
final class DeciderCounts {

    private final long[] counts;
    private final ExactSums amounts;
    private final ExactSums refunds;
    private final int[] firstDecided;
    private int deciding;

    DeciderCounts(int deciders) {
        counts = new long[deciders];
        amounts = new ExactSums(deciders);
        refunds = new ExactSums(deciders);
        firstDecided = new int[deciders];
    }

    void add(int decider, long amount, long refund) {
        if (counts[decider]++ == 0) {
            firstDecided[deciding++] = decider;
        }
        amounts.add(decider, amount);
        refunds.add(decider, refund);
    }

    /** How many deciders decided something; {@link #decider(int)} lists them. */
    int deciding() {
        return deciding;
    }

    /** The {@code nth} decider to decide a request of the block. */
    int decider(int nth) {
        return firstDecided[nth];
    }

    long count(int decider) {
        return counts[decider];
    }

    BigInteger amount(int decider) {
        return amounts.get(decider);
    }

    BigInteger refunds(int decider) {
        return refunds.get(decider);
    }
}
