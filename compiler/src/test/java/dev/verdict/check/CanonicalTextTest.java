package dev.verdict.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verdict.ast.SourceText;
import dev.verdict.ir.Arg;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Rule;
import dev.verdict.ir.Term;
import dev.verdict.runtime.Dates;
import dev.verdict.schema.Type;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

/**
 * The canonical text of a value ({@code 5.00 USD}, {@code 12.5%}, {@code 36h}, {@code
 * 2026-11-27}, {@code 2026-11-27T05:00Z}, {@code "text"}) is a literal that reads back as the
 * same value: what decisions print, a policy can say.
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

    @Property(tries = 200)
    void timestampsReadBack(
            @ForAll @LongRange(min = -62_135_596_800_000L, max = 253_402_300_799_999L)
                    long millis) {
        String text = USD.text(Type.TIMESTAMP, millis);
        assertEquals(millis, constant(Checked.policy(
                "when decided_at < " + text + " then manual_review").rules().get(0)));
    }

    /** A date compared with a timestamp is its whole day: {@code >=} from its first millisecond. */
    @Property(tries = 200)
    void datesReadBack(@ForAll @LongRange(min = -719_162L, max = 2_932_896L) long day) {
        String text = USD.text(Type.DATE, day);
        assertEquals(day * Dates.DAY_MILLIS, constant(Checked.policy(
                "when decided_at >= " + text + " then manual_review").rules().get(0)));
    }

    @Property(tries = 200)
    void stringsReadBack(@ForAll @CharRange(to = '\uD7FF') @StringLength(max = 12) String value) {
        Arg tag = Checked.policy("when decided_at is present then manual_review, tag("
                        + SourceText.string(value) + ")")
                .rules().get(0).obligations().get(0).args().get(0);
        assertEquals(value, tag.text());
    }
}
