package dev.verdict.ir;

import dev.verdict.ast.CompareOp;
import dev.verdict.ast.SourceText;
import dev.verdict.schema.Field;
import dev.verdict.schema.Kind;
import dev.verdict.schema.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Checked conditions printed back in DSL syntax, with parentheses only where precedence needs
 * them: {@code (reason = size or amount < 5) and not (item.opened or order.is_cod)}. It reads
 * the IR in one of two ways:
 * <ul>
 *   <li>{@link #asWritten}, for explanations, keeps what the policy wrote: an enum test as
 *       {@code =}/{@code in} (negated: {@code !=}/{@code not in}), a bool compared with true as
 *       the bare field, {@code not} before a comparison, groups of {@code and}s;</li>
 *   <li>{@link #normalised}, for analysis messages, prints a negated atom as the opposite atom
 *       (the same under three-valued logic), an enum test by the shorter side of its set, every
 *       comparison in full and {@code and}s flat: {@code category != jewelry},
 *       {@code amount >= 10.00}, {@code item.opened = true}.</li>
 * </ul>
 */
public final class ExprPrinter {

    private final ValueText values;
    private final boolean normalised;

    private ExprPrinter(ValueText values, boolean normalised) {
        this.values = values;
        this.normalised = normalised;
    }

    /** Conditions as the policy wrote them, sugar aside. */
    public static ExprPrinter asWritten(ValueText values) {
        return new ExprPrinter(values, false);
    }

    /** Conditions with negations pushed into their atoms and enum sets at their shortest. */
    public static ExprPrinter normalised(ValueText values) {
        return new ExprPrinter(values, true);
    }

    public String print(Expr expr) {
        if (expr instanceof Expr.Or or) {
            return join(or.operands(), " or ", false);
        }
        if (expr instanceof Expr.And and) {
            return join(and.operands(), " and ", !normalised);
        }
        if (expr instanceof Expr.Not not) {
            return negated(not.operand());
        }
        if (expr instanceof Expr.Member member) {
            return member(member.field(), member.mask(), false);
        }
        if (expr instanceof Expr.Present present) {
            return present.field().path() + " is present";
        }
        if (expr instanceof Expr.TextIn in) {
            return texts(in, false);
        }
        if (expr instanceof Expr.Compare compare) {
            return compare(compare, compare.op());
        }
        return Boolean.toString(((Expr.Const) expr).value());
    }

    private String negated(Expr operand) {
        if (operand instanceof Expr.Member member) {
            return member(member.field(), member.mask(), true);
        }
        if (operand instanceof Expr.Present present) {
            return present.field().path() + " is absent";
        }
        if (operand instanceof Expr.TextIn in) {
            return texts(in, true);
        }
        if (normalised && operand instanceof Expr.Compare compare) {
            return compare(compare, compare.op().negate());
        }
        if (normalised && operand instanceof Expr.Not not) {
            return print(not.operand());
        }
        return "not " + grouped(operand, operand instanceof Expr.And || operand instanceof Expr.Or);
    }

    private String join(List<Expr> operands, String operator, boolean groupAnds) {
        List<String> texts = new ArrayList<>();
        for (Expr operand : operands) {
            texts.add(grouped(operand,
                    operand instanceof Expr.Or || groupAnds && operand instanceof Expr.And));
        }
        return String.join(operator, texts);
    }

    private String grouped(Expr expr, boolean parenthesised) {
        return parenthesised ? "(" + print(expr) + ")" : print(expr);
    }

    private String member(Field field, long mask, boolean negated) {
        long all = field.type().allValues();
        if (!normalised) {
            return set(field, mask & all, negated);
        }
        long in = (negated ? ~mask : mask) & all;
        long out = all & ~in;
        boolean negative = Long.bitCount(in) != 1
                && (Long.bitCount(out) == 1 || Long.bitCount(out) < Long.bitCount(in));
        return set(field, negative ? out : in, negative);
    }

    /** {@code field = a}, {@code field in [a, b]}, or negated {@code !=}, {@code not in}. */
    private static String set(Field field, long mask, boolean negated) {
        List<String> names = new ArrayList<>();
        for (long rest = mask; rest != 0; rest &= rest - 1) {
            names.add(field.type().values().get(Long.numberOfTrailingZeros(rest)));
        }
        if (names.size() == 1) {
            return field.path() + (negated ? " != " : " = ") + names.get(0);
        }
        return field.path() + (negated ? " not in [" : " in [") + String.join(", ", names) + "]";
    }

    /** {@code carrier = "ups"}, {@code carrier in ["ups", "dhl"]}, or negated. */
    private static String texts(Expr.TextIn in, boolean negated) {
        List<String> quoted = in.values().stream().map(SourceText::string).toList();
        if (quoted.size() == 1) {
            return in.field().path() + (negated ? " != " : " = ") + quoted.get(0);
        }
        return in.field().path() + (negated ? " not in [" : " in [") + String.join(", ", quoted)
                + "]";
    }

    private String compare(Expr.Compare compare, CompareOp op) {
        Type type = typeOf(compare.left(), typeOf(compare.right(), null));
        boolean bareBool = !normalised && type != null && type.kind() == Kind.BOOL
                && op == CompareOp.EQ
                && compare.right() instanceof Term.Constant c && c.value() == 1;
        if (bareBool) {
            return term(compare.left(), type);
        }
        return term(compare.left(), type) + " " + op.symbol() + " " + term(compare.right(), type);
    }

    private String term(Term term, Type type) {
        if (term instanceof Term.FieldTerm field) {
            return field.field().path();
        }
        if (term instanceof Term.SettingTerm setting) {
            return setting.setting().name();
        }
        long value = ((Term.Constant) term).value();
        return type == null ? Long.toString(value) : values.format(type, value);
    }

    /** The type of a field or setting term; {@code otherwise} for a constant. */
    private static Type typeOf(Term term, Type otherwise) {
        if (term instanceof Term.FieldTerm field) {
            return field.field().type();
        }
        if (term instanceof Term.SettingTerm setting) {
            return setting.setting().type();
        }
        return otherwise;
    }
}
