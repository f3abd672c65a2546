package dev.verdict.simulate;

import dev.verdict.runtime.Decision;
import java.io.Serializable;
import java.math.BigInteger;

/**
 * What one policy's deciders (by index in {@link Deciders#all()}) decided in one block of
 * history: how many requests, the amount they asked for and the money the decisions pay back,
 * the decision each made; and the order in which the deciders first decided, so that merged
 * tallies list outcomes in order of appearance. Adding allocates nothing. Mutable.
 */
final class DeciderCounts implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long[] counts;
    private final ExactSums amounts;
    private final ExactSums refunds;
    private final int[] firstDecided;
    private final Decision[] decisions;
    private int deciding;

    DeciderCounts(int deciders) {
        counts = new long[deciders];
        amounts = new ExactSums(deciders);
        refunds = new ExactSums(deciders);
        firstDecided = new int[deciders];
        decisions = new Decision[deciders];
    }

    void add(int decider, Decision decision, long amount, long refund) {
        if (counts[decider]++ == 0) {
            firstDecided[deciding++] = decider;
            decisions[decider] = decision;
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

    /** The decision the decider made, if it decided something in the block. */
    Decision decision(int decider) {
        return decisions[decider];
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
