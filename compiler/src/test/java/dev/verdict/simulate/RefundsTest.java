package dev.verdict.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.ir.Arg;
import dev.verdict.schema.OutcomeDef;
import dev.verdict.schema.Schema;
import dev.verdict.schema.Type;
import dev.verdict.source.Schemas;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class RefundsTest {

    private static final Schema SCHEMA = Schemas.aftersale();

    private static OutcomeDef outcome(String name) {
        return SCHEMA.outcome(name).orElseThrow();
    }

    @Test
    void outcomesPayBackWhatTheSchemaSays() {
        assertEquals(4599, Refunds.of(outcome("approve_refund"), List.of(), 4599));
        assertEquals(4599, Refunds.of(outcome("approve_return_label"), List.of(), 4599));
        Arg thirty = new Arg(Type.PERCENT, 3000, "30%");
        assertEquals(1380, Refunds.of(outcome("offer_partial_refund"), List.of(thirty), 4600));
        Arg reason = new Arg(SCHEMA.outcome("reject").orElseThrow().params().get(0).type(), 0,
                "outside_return_window");
        assertEquals(0, Refunds.of(outcome("reject"), List.of(reason), 4599));
        assertEquals(0, Refunds.of(outcome("manual_review"), List.of(), 4599));
        assertEquals(0, Refunds.of(outcome("approve_replacement"), List.of(), 4599));
    }

    @Test
    void aPercentOfAnAmountRoundsHalfToEvenMinorUnits() {
        assertEquals(2, Refunds.percentOf(5, 3000), "30% of 0.05 is 0.015");
        assertEquals(4, Refunds.percentOf(15, 3000), "30% of 0.15 is 0.045");
        assertEquals(2, Refunds.percentOf(20, 1250), "12.5% of 0.20 is 0.025");
        assertEquals(3, Refunds.percentOf(10, 2550), "25.5% of 0.10 is 0.0255");
        assertEquals(0, Refunds.percentOf(1, 5000), "50% of 0.01 is 0.005");
        assertEquals(Long.MAX_VALUE, Refunds.percentOf(Long.MAX_VALUE, 10000));
    }

    @Property
    void aPercentIsTheNearestMinorUnitTiesToEven(
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long amount,
            @ForAll @LongRange(min = 0, max = 10000) long hundredths) {
        BigInteger exactTimes10000 =
                BigInteger.valueOf(amount).multiply(BigInteger.valueOf(hundredths));
        long refund = Refunds.percentOf(amount, hundredths);
        BigInteger twiceError = BigInteger.valueOf(refund).multiply(BigInteger.valueOf(10000))
                .subtract(exactTimes10000).abs().shiftLeft(1);
        int againstHalf = twiceError.compareTo(BigInteger.valueOf(10000));
        assertTrue(againstHalf <= 0, "more than half a minor unit away");
        assertTrue(againstHalf < 0 || refund % 2 == 0, "a tie not rounded to even");
        assertTrue(refund <= amount);
    }
}
