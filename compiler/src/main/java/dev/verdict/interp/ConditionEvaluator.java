package dev.verdict.interp;

import dev.verdict.ir.Cap;
import dev.verdict.ir.Expr;
import dev.verdict.ir.SettingPlan;
import dev.verdict.ir.Term;
import dev.verdict.runtime.RequestValues;
import java.util.List;

/**
 * Evaluates checked conditions over a request in three-valued logic (SPEC §3), and settings by
 * their plans (SPEC §5). Allocates nothing: it walks the {@link Expr} tree, whose depth the
 * parser bounds, and recomputes a setting wherever a condition compares with it.
 */
final class ConditionEvaluator {

    private final SettingPlan[] settings;

    ConditionEvaluator(List<SettingPlan> settings) {
        this.settings = new SettingPlan[settings.size()];
        for (SettingPlan plan : settings) {
            this.settings[plan.setting().index()] = plan;
        }
    }

    Truth test(Expr expr, RequestValues request) {
        if (expr instanceof Expr.Compare compare) {
            return compare(compare, request);
        }
        if (expr instanceof Expr.Member member) {
            int field = member.field().index();
            return request.isPresent(field)
                    ? Truth.of((member.mask() >>> request.value(field) & 1) != 0) : Truth.UNKNOWN;
        }
        if (expr instanceof Expr.TextIn in) {
            int field = in.field().index();
            return request.isPresent(field)
                    ? Truth.of(in.values().contains(request.text(field))) : Truth.UNKNOWN;
        }
        if (expr instanceof Expr.And and) {
            return and(and.operands(), request);
        }
        if (expr instanceof Expr.Or or) {
            return or(or.operands(), request);
        }
        if (expr instanceof Expr.Not not) {
            return test(not.operand(), request).not();
        }
        if (expr instanceof Expr.Present present) {
            return Truth.of(request.isPresent(present.field().index()));
        }
        return Truth.of(((Expr.Const) expr).value());
    }

    /** Whether the setting with this index has a value for the request. */
    boolean hasValue(int setting, RequestValues request) {
        return source(settings[setting], request) >= 0;
    }

    /** The setting's value for the request: its first true {@code set}, capped; needs a value. */
    long value(int setting, RequestValues request) {
        SettingPlan plan = settings[setting];
        int source = source(plan, request);
        List<SettingPlan.ConditionalValue> conditional = plan.conditional();
        long value = source < conditional.size() ? conditional.get(source).value()
                : source == conditional.size() ? plan.unconditional().value()
                : plan.profileDefault().value();
        List<Cap> caps = plan.caps();
        for (int i = 0; i < caps.size(); i++) {
            Cap cap = caps.get(i);
            if (test(cap.where(), request) == Truth.TRUE) {
                value = cap.apply(value);
            }
        }
        return value;
    }

    /**
     * Where the setting's value comes from: the index of the first conditional value whose
     * condition is true; the number of conditional values for the unconditional one; one more
     * for the profile default; -1 for none.
     */
    private int source(SettingPlan plan, RequestValues request) {
        List<SettingPlan.ConditionalValue> conditional = plan.conditional();
        for (int i = 0; i < conditional.size(); i++) {
            if (test(conditional.get(i).where(), request) == Truth.TRUE) {
                return i;
            }
        }
        if (plan.unconditional() != null) {
            return conditional.size();
        }
        return plan.profileDefault() != null ? conditional.size() + 1 : -1;
    }

    private Truth and(List<Expr> operands, RequestValues request) {
        Truth result = Truth.TRUE;
        for (int i = 0; i < operands.size() && result != Truth.FALSE; i++) {
            result = result.and(test(operands.get(i), request));
        }
        return result;
    }

    private Truth or(List<Expr> operands, RequestValues request) {
        Truth result = Truth.FALSE;
        for (int i = 0; i < operands.size() && result != Truth.TRUE; i++) {
            result = result.or(test(operands.get(i), request));
        }
        return result;
    }

    private Truth compare(Expr.Compare compare, RequestValues request) {
        if (!known(compare.left(), request) || !known(compare.right(), request)) {
            return Truth.UNKNOWN;
        }
        long left = value(compare.left(), request);
        return Truth.of(compare.op().test(left, value(compare.right(), request)));
    }

    private boolean known(Term term, RequestValues request) {
        if (term instanceof Term.FieldTerm field) {
            return request.isPresent(field.field().index());
        }
        if (term instanceof Term.SettingTerm setting) {
            return hasValue(setting.setting().index(), request);
        }
        return true;
    }

    private long value(Term term, RequestValues request) {
        if (term instanceof Term.FieldTerm field) {
            return request.value(field.field().index());
        }
        if (term instanceof Term.SettingTerm setting) {
            return value(setting.setting().index(), request);
        }
        if (term instanceof Term.Constant constant) {
            return constant.value();
        }
        throw new AssertionError("unhandled " + term.getClass().getName());
    }
}
