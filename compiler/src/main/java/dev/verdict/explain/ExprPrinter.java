package dev.verdict.explain;

import dev.verdict.ast.CompareOp;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Term;
import dev.verdict.schema.Field;
import dev.verdict.schema.Kind;
import dev.verdict.schema.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Checked conditions back in DSL syntax, for people: {@code amount < 80.00 USD},
 * {@code reason in [damaged, defective]}, {@code since_delivery is absent}. Enum membership
 * prints as {@code =}/{@code in} (negated: {@code !=}/{@code not in}), a bool compared with
 * true as the bare field, and parentheses only where precedence needs them.
 */
public final class ExprPrinter {

    private final ValueText values;

    public ExprPrinter(String currency, int currencyDecimals) {
        this.values = new ValueText(currency, currencyDecimals);
    }

    public String print(Expr expr) {
        if (expr instanceof Expr.Or or) {
            return join(or.operands(), " or ", true);
        }
        if (expr instanceof Expr.And and) {
            return join(and.operands(), " and ", false);
        }
        if (expr instanceof Expr.Not not) {
            return negated(not.operand());
        }
        if (expr instanceof Expr.Compare compare) {
            return compare(compare);
        }
        if (expr instanceof Expr.Member member) {
            List<String> names = names(member);
            return member.field().path() + (names.size() == 1 ? " = " + names.get(0)
                    : " in [" + String.join(", ", names) + "]");
        }
        if (expr instanceof Expr.Present present) {
            return present.field().path() + " is present";
        }
        return Boolean.toString(((Expr.Const) expr).value());
    }

    /** A value of {@code type} in DSL form. */
    public String value(long value, Type type) {
        return values.of(value, type);
    }

    private String negated(Expr operand) {
        if (operand instanceof Expr.Member member) {
            List<String> names = names(member);
            return member.field().path() + (names.size() == 1 ? " != " + names.get(0)
                    : " not in [" + String.join(", ", names) + "]");
        }
        if (operand instanceof Expr.Present present) {
            return present.field().path() + " is absent";
        }
        boolean chain = operand instanceof Expr.And || operand instanceof Expr.Or;
        return "not " + (chain ? "(" + print(operand) + ")" : print(operand));
    }

    private String join(List<Expr> operands, String operator, boolean inOr) {
        List<String> texts = new ArrayList<>();
        for (Expr operand : operands) {
            boolean parens = operand instanceof Expr.Or || (!inOr && operand instanceof Expr.And);
            texts.add(parens ? "(" + print(operand) + ")" : print(operand));
        }
        return String.join(operator, texts);
    }

    private String compare(Expr.Compare compare) {
        Type type = typeOf(compare.left(), typeOf(compare.right(), null));
        boolean bareBool = type != null && type.kind() == Kind.BOOL && compare.op() == CompareOp.EQ
                && compare.right() instanceof Term.Constant c && c.value() == 1;
        if (bareBool) {
            return term(compare.left(), type);
        }
        return term(compare.left(), type) + " " + compare.op().symbol() + " "
                + term(compare.right(), type);
    }

    private String term(Term term, Type type) {
        if (term instanceof Term.FieldTerm field) {
            return field.field().path();
        }
        if (term instanceof Term.SettingTerm setting) {
            return setting.setting().name();
        }
        long value = ((Term.Constant) term).value();
        return type == null ? Long.toString(value) : values.of(value, type);
    }

    /** The type of a field or setting term; {@code otherwise} for a constant. */
    static Type typeOf(Term term, Type otherwise) {
        if (term instanceof Term.FieldTerm field) {
            return field.field().type();
        }
        if (term instanceof Term.SettingTerm setting) {
            return setting.setting().type();
        }
        return otherwise;
    }

    private static List<String> names(Expr.Member member) {
        Field field = member.field();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < field.type().values().size(); i++) {
            if ((member.mask() >>> i & 1) != 0) {
                names.add(field.type().values().get(i));
            }
        }
        return names;
    }
}
