package dev.verdict.analysis;

import dev.verdict.ir.Cap;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Rule;
import dev.verdict.ir.SettingPlan;
import dev.verdict.ir.Term;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Setting;
import java.util.ArrayList;
import java.util.List;

/**
 * A reference evaluator for tests, written straight from SPEC §3–§5 and independent of the
 * analysis: three-valued conditions (null is unknown), settings, first match.
 */
final class Oracle {

    private final CheckedPolicy policy;

    Oracle(CheckedPolicy policy) {
        this.policy = policy;
    }

    /** The guard or rule that decides {@code request}, or null for the fallback. */
    Rule decide(RequestValues request) {
        List<Rule> order = new ArrayList<>(policy.guards());
        order.addAll(policy.rules());
        if (policy.otherwise() != null) {
            order.add(policy.otherwise());
        }
        for (Rule rule : order) {
            if (Boolean.TRUE.equals(eval(rule.condition(), request))) {
                return rule;
            }
        }
        return null;
    }

    Boolean eval(Expr expr, RequestValues request) {
        if (expr instanceof Expr.Const c) {
            return c.value();
        }
        if (expr instanceof Expr.Not not) {
            Boolean inner = eval(not.operand(), request);
            return inner == null ? null : !inner;
        }
        if (expr instanceof Expr.And and) {
            boolean unknown = false;
            for (Expr operand : and.operands()) {
                Boolean value = eval(operand, request);
                if (Boolean.FALSE.equals(value)) {
                    return false;
                }
                unknown |= value == null;
            }
            return unknown ? null : true;
        }
        if (expr instanceof Expr.Or or) {
            boolean unknown = false;
            for (Expr operand : or.operands()) {
                Boolean value = eval(operand, request);
                if (Boolean.TRUE.equals(value)) {
                    return true;
                }
                unknown |= value == null;
            }
            return unknown ? null : false;
        }
        if (expr instanceof Expr.Present present) {
            return request.isPresent(present.field().index());
        }
        if (expr instanceof Expr.Member member) {
            int f = member.field().index();
            return request.isPresent(f) ? (member.mask() & (1L << request.value(f))) != 0 : null;
        }
        Expr.Compare compare = (Expr.Compare) expr;
        Long left = value(compare.left(), request);
        Long right = value(compare.right(), request);
        return left == null || right == null ? null : compare.op().test(left, right);
    }

    private Long value(Term term, RequestValues request) {
        if (term instanceof Term.Constant c) {
            return c.value();
        }
        if (term instanceof Term.FieldTerm f) {
            int index = f.field().index();
            return request.isPresent(index) ? request.value(index) : null;
        }
        return setting(((Term.SettingTerm) term).setting(), request);
    }

    /** The setting's effective value for {@code request} (SPEC §5), or null when it has none. */
    Long setting(Setting setting, RequestValues request) {
        SettingPlan plan = policy.settings().stream().filter(p -> p.setting().index() == setting.index())
                .findFirst().orElse(null);
        if (plan == null) {
            return null;
        }
        Long value = null;
        for (SettingPlan.ConditionalValue conditional : plan.conditional()) {
            if (Boolean.TRUE.equals(eval(conditional.where(), request))) {
                value = conditional.value();
                break;
            }
        }
        if (value == null && plan.unconditional() != null) {
            value = plan.unconditional().value();
        }
        if (value == null && plan.profileDefault() != null) {
            value = plan.profileDefault().value();
        }
        if (value == null) {
            return null;
        }
        for (Cap cap : plan.caps()) {
            if (Boolean.TRUE.equals(eval(cap.where(), request))) {
                value = cap.apply(value);
            }
        }
        return value;
    }

    /** Every request whose field {@code i} takes a value of {@code values[i]} (null: absent). */
    static List<RequestValues> every(Long[][] values) {
        List<RequestValues> all = new ArrayList<>();
        collect(values, 0, RequestValues.builder(values.length), all);
        return all;
    }

    private static void collect(Long[][] values, int field, RequestValues.Builder builder,
                                List<RequestValues> out) {
        if (field == values.length) {
            out.add(builder.build());
            return;
        }
        for (Long value : values[field]) {
            if (value == null) {
                builder.clear(field);
            } else {
                builder.set(field, value);
            }
            collect(values, field + 1, builder, out);
        }
    }
}
