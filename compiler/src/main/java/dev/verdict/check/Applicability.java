package dev.verdict.check;

import dev.verdict.ir.Expr;
import dev.verdict.ir.ExprPrinter;
import dev.verdict.ir.ValueText;
import dev.verdict.schema.Applies;
import dev.verdict.schema.Field;
import dev.verdict.schema.OutcomeDef;
import java.util.ArrayList;
import java.util.List;

/**
 * An outcome implies its applicability (SPEC §4): a rule's effective condition is its written
 * one and the condition the schema gives the outcome ({@code request in [...]} for most of the
 * bundled schema's). When that condition is a set of values of one enum field, the values a
 * written condition allows are read from its top-level conjunction of tests of that field; the
 * analysis works out every other case exactly.
 */
final class Applicability {

    private Applicability() {
    }

    /** The applicability of an outcome whose condition lowers to {@code applies}. */
    static Applies of(Expr applies) {
        if (applies.equals(Expr.TRUE)) {
            return Applies.ALWAYS;
        }
        String text = ExprPrinter.asWritten(ValueText.withoutCurrency(2)).print(applies);
        return applies instanceof Expr.Member member
                ? new Applies(text, applies, member.field(), member.mask())
                : new Applies(text, applies, null, 0);
    }

    /** {@code written}, narrowed to the requests {@code outcome} applies to. */
    static Expr effective(Expr written, OutcomeDef outcome) {
        if (outcome.appliesAlways()) {
            return written;
        }
        List<Expr> operands = new ArrayList<>(List.of(written));
        operands.add((Expr) outcome.applies().lowered());
        return new Expr.And(operands);
    }

    /**
     * The values of {@code field} the conjunction of {@code =}, {@code !=}, {@code in} and
     * {@code not in} atoms of it at the top of {@code written} allows (every value when none).
     */
    static long allowedValues(Expr written, Field field) {
        if (written instanceof Expr.And and) {
            long allowed = field.type().allValues();
            for (Expr operand : and.operands()) {
                allowed &= allowedValues(operand, field);
            }
            return allowed;
        }
        if (written instanceof Expr.Member member && member.field().equals(field)) {
            return member.mask();
        }
        if (written instanceof Expr.Not not && not.operand() instanceof Expr.Member member
                && member.field().equals(field)) {
            return ~member.mask() & field.type().allValues();
        }
        return field.type().allValues();
    }

    /** Where {@code outcome} applies: {@code `a`, `b`} for a set of values, else the condition. */
    static String where(OutcomeDef outcome) {
        Applies applies = outcome.applies();
        return applies.field() != null ? "to " + names(applies.mask(), applies.field())
                : "when `" + applies.condition() + "`";
    }

    /** The names of the values of {@code field} in {@code mask}, as {@code `a`, `b`}. */
    static String names(long mask, Field field) {
        List<String> names = new ArrayList<>();
        List<String> values = field.type().values();
        for (int i = 0; i < values.size(); i++) {
            if ((mask & (1L << i)) != 0) {
                names.add("`" + values.get(i) + "`");
            }
        }
        return String.join(", ", names);
    }
}
