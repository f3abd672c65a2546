package dev.verdict.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verdict.ir.Arg;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Rule;
import dev.verdict.ir.Term;
import dev.verdict.schema.Type;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The canonical text of a value ({@code 5.00 USD}, {@code 12.5%}, {@code 36h}) is a literal that
 * reads back as the same value: what decisions print, a policy can say.
 */
class CanonicalTextTest {

    private static final TypedLiterals USD = new TypedLiterals(new Reporter("t"), "USD", 2);

    private static long constant(Rule rule) {
        return ((Term.Constant) ((Expr.Compare) rule.written()).right()).value();
    }

    @Property(tries = 200)
    void moneyReadsBack(@ForAll @LongRange(max = 1_000_000_000_000_000L) long cents) {
        String text = USD.text(Type.MONEY, cents);
        Rule rule =
                Checked.policy(
                                "when amount < "
                                        + text
                                        + " then manual_review, issue_coupon("
                                        + text
                                        + ")")
                        .rules()
                        .get(0);
        assertEquals(cents, constant(rule));
        Arg coupon = rule.obligations().get(0).args().get(0);
        assertEquals(cents, coupon.value());
        assertEquals(text, coupon.text());
    }

    @Property(tries = 200)
    void percentagesReadBack(@ForAll @LongRange(max = 100_00) long hundredths) {
        String text = USD.text(Type.PERCENT, hundredths);
        Arg arg =
                Checked.policy("when amount < 1 then offer_partial_refund(" + text + ")")
                        .rules()
                        .get(0)
                        .outcome()
                        .args()
                        .get(0);
        assertEquals(hundredths, arg.value());
        assertEquals(text, arg.text());
    }

    @Property(tries = 200)
    void durationsReadBack(@ForAll @LongRange(max = 1_000_000_000L) long minutes) {
        String text = USD.text(Type.DURATION, minutes);
        assertEquals(
                minutes,
                constant(
                        Checked.policy("when since_order < " + text + " then manual_review")
                                .rules()
                                .get(0)));
    }
}
