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

    private static final BigDecimal HUNDRED_PERCENT = BigDecimal.valueOf(100 * 100);

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
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(hundredths))
                .divide(HUNDRED_PERCENT, 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /** The percentage argument, in hundredths of a percent; the schema ensures there is one. */
    private static long percent(List<Arg> args) {
        return args.stream().filter(a -> a.type().kind() == Kind.PERCENT).findFirst()
                .orElseThrow(() -> new IllegalStateException("no percentage argument"))
                .value();
    }
}
