package dev.verdict.simulate;

import dev.verdict.ir.Arg;
import dev.verdict.schema.Kind;
import dev.verdict.schema.OutcomeDef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The money an outcome pays back for a request, by what the schema says it refunds
 * ({@link OutcomeDef#refunds()}): nothing, the whole amount, or its percentage argument of the
 * amount, rounded half-even to the minor unit of the currency.
 */
final class Refunds {

    private static final long HUNDREDTHS_IN_WHOLE = 100 * 100;
    private static final BigDecimal HUNDRED_PERCENT = BigDecimal.valueOf(HUNDREDTHS_IN_WHOLE);

    private Refunds() {
    }

    /**
     * In minor units: what {@code outcome} called with {@code args} pays back on a request for
     * {@code amount} minor units.
     */
    static long of(OutcomeDef outcome, List<Arg> args, long amount) {
        return switch (outcome.refunds()) {
            case NONE -> 0;
            case AMOUNT -> amount;
            case PERCENT_OF_AMOUNT -> percentOf(amount, percent(args));
        };
    }

    /**
     * {@code hundredths} hundredths of a percent (3000 is 30%) of {@code amount} minor units,
     * rounded half-even to a whole minor unit: 30% of 0.05 is 0.02 (0.015 rounds to even),
     * 30% of 0.15 is 0.04 (0.045 rounds to even), 12.5% of 0.20 is 0.02 (0.025).
     */
    static long percentOf(long amount, long hundredths) {
        long product = amount * hundredths;
        if (amount < 0 || hundredths < 0 || Math.multiplyHigh(amount, hundredths) != 0
                || product < 0) {
            return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(hundredths))
                    .divide(HUNDRED_PERCENT, 0, RoundingMode.HALF_EVEN).longValueExact();
        }
        long units = product / HUNDREDTHS_IN_WHOLE;
        long rest = product % HUNDREDTHS_IN_WHOLE;
        boolean up = rest * 2 > HUNDREDTHS_IN_WHOLE
                || (rest * 2 == HUNDREDTHS_IN_WHOLE && (units & 1) == 1);
        return up ? units + 1 : units;
    }

    /** The percentage argument, in hundredths of a percent; the schema ensures there is one. */
    static long percent(List<Arg> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).type().kind() == Kind.PERCENT) {
                return args.get(i).value();
            }
        }
        throw new IllegalStateException("no percentage argument");
    }
}
