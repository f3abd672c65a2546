package dev.verdict.check;

import static dev.verdict.check.Checked.field;
import static dev.verdict.check.Checked.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verdict.ast.CompareOp;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Term;
import dev.verdict.schema.Setting;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The IR shape of each kind of atom (SPEC §3), as rules' written conditions. */
class ConditionLoweringTest {

    private static Expr written(String condition) {
        return rule("when " + condition + " then manual_review").written();
    }

    private static Expr.Compare compare(String path, CompareOp op, long value) {
        return new Expr.Compare(new Term.FieldTerm(field(path)), op, new Term.Constant(value));
    }

    private static long bit(String path, String value) {
        return 1L << field(path).type().ordinal(value);
    }

    @Test
    void betweenIsTwoInclusiveComparisonsInMinorUnits() {
        assertEquals(
                new Expr.And(
                        List.of(
                                compare("amount", CompareOp.GE, 1000),
                                compare("amount", CompareOp.LE, 2050))),
                written("amount between 10 and 20.5"));
    }

    @Test
    void enumTestsAreMembers() {
        assertEquals(
                new Expr.Member(field("reason"), bit("reason", "size")), written("reason = size"));
        assertEquals(
                new Expr.Not(new Expr.Member(field("reason"), bit("reason", "size"))),
                written("reason != size"));
        long both = bit("category", "shoes") | bit("category", "jewelry");
        assertEquals(
                new Expr.Member(field("category"), both), written("category in [shoes, jewelry]"));
        assertEquals(
                new Expr.Not(new Expr.Member(field("category"), both)),
                written("category not in [jewelry, shoes]"));
    }

    @Test
    void letListsAreTheirValues() {
        Expr expr =
                Checked.policy(
                                "platform tiktok_us\n"
                                    + "let feet = [shoes]\n"
                                    + "when category not in feet then manual_review")
                        .rules()
                        .get(0)
                        .written();
        assertEquals(
                new Expr.Not(new Expr.Member(field("category"), bit("category", "shoes"))), expr);
    }

    @Test
    void listsOfNumbersAreEqualities() {
        assertEquals(
                new Expr.Not(
                        new Expr.Or(
                                List.of(
                                        compare("buyer.returns_30d", CompareOp.EQ, 1),
                                        compare("buyer.returns_30d", CompareOp.EQ, 2)))),
                written("buyer.returns_30d not in [1, 2]"));
    }

    @Test
    void boolsCompareWithOneAndZero() {
        assertEquals(compare("evidence.video", CompareOp.EQ, 1), written("evidence.video"));
        assertEquals(compare("item.opened", CompareOp.EQ, 0), written("item.opened = false"));
        assertEquals(compare("item.opened", CompareOp.NE, 1), written("item.opened != true"));
    }

    @Test
    void presenceIsNeverUnknown() {
        assertEquals(
                new Expr.Present(field("since_delivery")), written("since_delivery is present"));
        assertEquals(
                new Expr.Not(new Expr.Present(field("since_delivery"))),
                written("since_delivery is absent"));
    }

    @Test
    void durationsAreMinutes() {
        assertEquals(compare("since_order", CompareOp.LT, 36 * 60), written("since_order < 36h"));
        assertEquals(
                compare("since_order", CompareOp.GE, 2 * 24 * 60 + 30),
                written("since_order >= 2910m"));
    }

    @Test
    void settingsAndFieldsKeepTheirSideAsWritten() {
        Setting window = Checked.SCHEMA.setting("return_window").orElseThrow();
        Term delivery = new Term.FieldTerm(field("since_delivery"));
        assertEquals(
                new Expr.Compare(delivery, CompareOp.GT, new Term.SettingTerm(window)),
                written("since_delivery > return_window"));
        assertEquals(
                new Expr.Compare(new Term.SettingTerm(window), CompareOp.LT, delivery),
                written("return_window < since_delivery"));
        assertEquals(
                new Expr.Compare(
                        new Term.FieldTerm(field("return_shipping_fee")),
                        CompareOp.GT,
                        new Term.FieldTerm(field("amount"))),
                written("return_shipping_fee > amount"));
    }

    @Test
    void andOrNotKeepTheirShape() {
        Expr expr = written("not (amount < 5 or reason = size) and buyer.refunds_30d = 0");
        Expr expected =
                new Expr.And(
                        List.of(
                                new Expr.Not(
                                        new Expr.Or(
                                                List.of(
                                                        compare("amount", CompareOp.LT, 500),
                                                        new Expr.Member(
                                                                field("reason"),
                                                                bit("reason", "size"))))),
                                compare("buyer.refunds_30d", CompareOp.EQ, 0)));
        assertEquals(expected, expr);
    }
}
