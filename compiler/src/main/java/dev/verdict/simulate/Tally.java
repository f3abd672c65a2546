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

    void add(long requested, long refund) {
        count++;
        amount = amount.add(BigInteger.valueOf(requested));
        refunds = refunds.add(BigInteger.valueOf(refund));
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
