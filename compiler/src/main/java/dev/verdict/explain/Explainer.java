package dev.verdict.explain;

import dev.verdict.interp.Interpreter;
import dev.verdict.interp.Truth;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.ExprPrinter;
import dev.verdict.ir.Rule;
import dev.verdict.ir.Term;
import dev.verdict.ir.ValueText;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Field;
import dev.verdict.schema.Kind;
import dev.verdict.schema.OutcomeDef;
import dev.verdict.schema.Setting;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@code verdict explain}: evaluates a request guard by guard and rule by rule, as the
 * interpreter does, and says why each that did not fire did not: the first part of an
 * {@code and} that was not true, every part of an {@code or} (none was true), through
 * {@code not}s, down to atoms shown with the request's values; or, when the written condition
 * held, that the outcome does not apply to the request's type.
 */
public final class Explainer {

    private final CheckedPolicy policy;
    private final Interpreter interpreter;
    private final ValueText values;
    private final ExprPrinter printer;

    public Explainer(CheckedPolicy policy) {
        this.policy = policy;
        this.interpreter = new Interpreter(policy);
        this.values = ValueText.of(policy);
        this.printer = ExprPrinter.asWritten(values);
    }

    public Explanation explain(RequestValues request) {
        List<Explanation.Step> steps = new ArrayList<>();
        for (Rule rule : policy.decisionOrder()) {
            if (interpreter.truth(rule.condition(), request) == Truth.TRUE) {
                steps.add(new Explanation.Step(rule, true, List.of()));
                break;
            }
            steps.add(new Explanation.Step(rule, false, reasons(rule, request)));
        }
        return new Explanation(steps, interpreter.decide(request));
    }

    private List<String> reasons(Rule rule, RequestValues request) {
        if (interpreter.truth(rule.written(), request) != Truth.TRUE) {
            return reasons(rule.written(), true, request);
        }
        OutcomeDef outcome = rule.outcome().outcome();
        Expr applies = (Expr) outcome.applies().lowered();
        return List.of("`" + outcome.name() + "` applies to `" + printer.print(applies)
                + "`, not to `" + values(applies, request) + "`");
    }

    /** Why {@code expr} is not true (or not false, when {@code wantTrue} is not). */
    private List<String> reasons(Expr expr, boolean wantTrue, RequestValues request) {
        if (expr instanceof Expr.And || expr instanceof Expr.Or) {
            Truth wanted = wantTrue ? Truth.TRUE : Truth.FALSE;
            boolean firstOnly = expr instanceof Expr.And ? wantTrue : !wantTrue;
            List<Expr> operands = expr instanceof Expr.And and ? and.operands()
                    : ((Expr.Or) expr).operands();
            List<String> reasons = new ArrayList<>();
            for (Expr operand : operands) {
                if (interpreter.truth(operand, request) != wanted) {
                    reasons.addAll(reasons(operand, wantTrue, request));
                    if (firstOnly) {
                        break;
                    }
                }
            }
            return reasons;
        }
        if (expr instanceof Expr.Not not
                && (not.operand() instanceof Expr.And || not.operand() instanceof Expr.Or)) {
            return List.of(truth(expr, request) + ", as " + String.join(" and ",
                    reasons(not.operand(), !wantTrue, request)));
        }
        return List.of(describe(expr, request));
    }

    /** {@code `amount < 80.00 USD` is false (amount = 95.00 USD)}. */
    private String describe(Expr atom, RequestValues request) {
        boolean presence = atom instanceof Expr.Present
                || atom instanceof Expr.Not not && not.operand() instanceof Expr.Present;
        String text = truth(atom, request);
        if (presence || atom instanceof Expr.Const) {
            return text;
        }
        return text + " (" + values(atom, request) + ")";
    }

    private String truth(Expr expr, RequestValues request) {
        return "`" + printer.print(expr) + "` is "
                + interpreter.truth(expr, request).name().toLowerCase(Locale.ROOT);
    }

    /** The request's values of the fields and settings {@code atom} reads. */
    private String values(Expr atom, RequestValues request) {
        Set<Object> reads = new LinkedHashSet<>();
        collect(atom, reads);
        List<String> shown = new ArrayList<>();
        for (Object read : reads) {
            if (read instanceof Field field) {
                int index = field.index();
                String value = field.type().kind() == Kind.STRING
                        ? ValueText.string(request.text(index))
                        : values.format(field.type(), request.value(index));
                shown.add(request.isPresent(index) ? field.path() + " = " + value
                        : field.path() + " is absent");
            } else {
                if (!(read instanceof Setting setting)) {
                    throw new AssertionError("unhandled " + read.getClass().getName());
                }
                OptionalLong value = interpreter.settingValue(setting, request);
                shown.add(value.isPresent()
                        ? setting.name() + " = " + values.format(setting.type(), value.getAsLong())
                        : setting.name() + " has no value");
            }
        }
        return String.join(", ", shown);
    }

    private static void collect(Expr atom, Set<Object> reads) {
        if (atom instanceof Expr.Not not) {
            collect(not.operand(), reads);
        } else if (atom instanceof Expr.Member member) {
            reads.add(member.field());
        } else if (atom instanceof Expr.Present present) {
            reads.add(present.field());
        } else if (atom instanceof Expr.TextIn in) {
            reads.add(in.field());
        } else if (atom instanceof Expr.Compare compare) {
            collect(compare.left(), reads);
            collect(compare.right(), reads);
        }
    }

    private static void collect(Term term, Set<Object> reads) {
        if (term instanceof Term.FieldTerm field) {
            reads.add(field.field());
        } else if (term instanceof Term.SettingTerm setting) {
            reads.add(setting.setting());
        }
    }
}
