package dev.verdict.analysis;

import dev.verdict.ir.Expr;
import dev.verdict.ir.Term;
import dev.verdict.schema.Field;
import dev.verdict.schema.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * A checked condition written back in DSL syntax for messages: {@code category = jewelry},
 * {@code order.status != in_transit}, {@code item.price < 10.00 or item.price > 100.00}.
 * Negations of atoms print as the opposite atom (the same under three-valued logic).
 */
final class ExprText {

    private final ValueText values;

    ExprText(ValueText values) {
        this.values = values;
    }

    String text(Expr expr) {
        return text(expr, 0);
    }

    /** {@code level}: 0 anywhere, 1 inside {@code and}, 2 after {@code not}. */
    private String text(Expr expr, int level) {
        if (expr instanceof Expr.Const c) {
            return c.value() ? "true" : "false";
        }
        if (expr instanceof Expr.Or or) {
            return parenthesised(join(or.operands(), " or ", 1), level >= 1);
        }
        if (expr instanceof Expr.And and) {
            return parenthesised(join(and.operands(), " and ", 1), level >= 2);
        }
        if (expr instanceof Expr.Not not) {
            return negated(not.operand());
        }
        if (expr instanceof Expr.Member member) {
            return member(member.field(), member.mask());
        }
        if (expr instanceof Expr.Present present) {
            return present.field().path() + " is present";
        }
        Expr.Compare compare = (Expr.Compare) expr;
        return compare(compare.left(), compare.op().symbol(), compare.right());
    }

    private String negated(Expr operand) {
        if (operand instanceof Expr.Member member) {
            return member(member.field(), member.field().type().allValues() & ~member.mask());
        }
        if (operand instanceof Expr.Present present) {
            return present.field().path() + " is absent";
        }
        if (operand instanceof Expr.Compare compare) {
            return compare(compare.left(), compare.op().negate().symbol(), compare.right());
        }
        if (operand instanceof Expr.Not not) {
            return text(not.operand(), 0);
        }
        return "not " + text(operand, 2);
    }

    private String join(List<Expr> operands, String separator, int level) {
        List<String> parts = new ArrayList<>();
        for (Expr operand : operands) {
            parts.add(text(operand, level));
        }
        return String.join(separator, parts);
    }

    private static String parenthesised(String text, boolean wrap) {
        return wrap ? "(" + text + ")" : text;
    }

    private String member(Field field, long mask) {
        Type type = field.type();
        long in = mask & type.allValues();
        long out = type.allValues() & ~in;
        if (Long.bitCount(in) == 1) {
            return field.path() + " = " + type.values().get(Long.numberOfTrailingZeros(in));
        }
        if (Long.bitCount(out) == 1) {
            return field.path() + " != " + type.values().get(Long.numberOfTrailingZeros(out));
        }
        boolean negative = Long.bitCount(out) < Long.bitCount(in);
        return field.path() + (negative ? " not in " : " in ") + names(type, negative ? out : in);
    }

    private static String names(Type type, long mask) {
        List<String> names = new ArrayList<>();
        for (long rest = mask; rest != 0; rest &= rest - 1) {
            names.add(type.values().get(Long.numberOfTrailingZeros(rest)));
        }
        return "[" + String.join(", ", names) + "]";
    }

    private String compare(Term left, String op, Term right) {
        Type type = typeOf(left) != null ? typeOf(left) : typeOf(right);
        return term(left, type) + " " + op + " " + term(right, type);
    }

    private String term(Term term, Type type) {
        if (term instanceof Term.FieldTerm f) {
            return f.field().path();
        }
        if (term instanceof Term.SettingTerm s) {
            return s.setting().name();
        }
        long value = ((Term.Constant) term).value();
        return type == null ? Long.toString(value) : values.format(type, value);
    }

    private static Type typeOf(Term term) {
        if (term instanceof Term.FieldTerm f) {
            return f.field().type();
        }
        if (term instanceof Term.SettingTerm s) {
            return s.setting().type();
        }
        return null;
    }
}
