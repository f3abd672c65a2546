package dev.verdict.simulate;

import java.math.BigInteger;

/**
 * A running count of decisions with the amounts they were asked for and the money they pay
 * back, exact in minor units (sums may exceed a {@code long}). Mutable.
 */
final class Tally {

    private long count;
    private BigInteger amount = BigInteger.ZERO;
    private BigInteger refunds = BigInteger.ZERO;

    void add(long decisions, BigInteger requested, BigInteger refunded) {
        count += decisions;
        amount = amount.add(requested);
        refunds = refunds.add(refunded);
    }

    long count() {
        return count;
    }

    BigInteger amount() {
        return amount;
    }

    BigInteger refunds() {
        return refunds;
    }
}
