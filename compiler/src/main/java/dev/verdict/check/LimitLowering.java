package dev.verdict.check;

import dev.verdict.ast.CompareOp;
import dev.verdict.ast.Decl;
import dev.verdict.ast.LimitBound;
import dev.verdict.ast.Operand;
import dev.verdict.ast.SourceText;
import dev.verdict.diag.CheckDiagnostics;
import dev.verdict.diag.SyntaxDiagnostics;
import dev.verdict.ir.Cap;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Limit;
import dev.verdict.schema.OutcomeDef;
import dev.verdict.schema.Param;
import dev.verdict.schema.Setting;
import dev.verdict.schema.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/**
 * Checks a profile's {@code limit TARGET BOUND [where COND]} (SPEC §6). The target is a setting
 * or an outcome's parameter ({@code offer_partial_refund.percent}); the condition may not refer
 * to a setting (E0210). A comparison or {@code between} limit on a setting also becomes caps
 * that clamp the setting at run time; an {@code in} list is only checked.
 */
final class LimitLowering {

    private final Scope scope;
    private final ConstantChecker constants;
    private final ConditionLowering conditions;

    LimitLowering(Scope scope) {
        this.scope = scope;
        this.constants = new ConstantChecker(scope);
        this.conditions = new ConditionLowering(scope, "a `limit` condition");
    }

    /** A checked limit, and the caps it puts on its setting (none for a parameter). */
    record Lowered(Limit limit, List<Cap> caps) {
    }

    /** The checked limit, or null after reporting its errors. */
    Lowered lower(Decl.LimitDecl decl) {
        Target target = target(decl.target());
        Expr where = decl.where() == null ? Expr.TRUE : conditions.lower(decl.where());
        if (target == null) {
            return null;
        }
        List<Limit.Bound> bounds = new ArrayList<>();
        List<Long> oneOf = new ArrayList<>();
        if (!bounds(decl, target, bounds, oneOf) || where == null) {
            return null;
        }
        String file = scope.reporter().file();
        Limit limit = new Limit(target.setting(), target.outcome(), target.paramIndex(),
                decl.target().dotted(), bounds, oneOf, where, file, decl.span());
        List<Cap> caps = new ArrayList<>();
        if (target.setting() != null) {
            for (Limit.Bound bound : bounds) {
                caps.add(new Cap(where, bound.op(), bound.value(), file, decl.span()));
            }
        }
        return new Lowered(limit, caps);
    }

    private boolean bounds(Decl.LimitDecl decl, Target target, List<Limit.Bound> bounds,
                           List<Long> oneOf) {
        LimitBound bound = decl.bound();
        String subject = "`" + decl.target().dotted() + "`";
        if (bound instanceof LimitBound.OneOf list) {
            boolean ok = true;
            for (Operand item : list.values().items()) {
                Long value = constants.of(item, target.type(), subject);
                ok &= value != null;
                oneOf.add(value);
            }
            return ok;
        }
        if (!target.type().kind().isOrdered()) {
            scope.report(CheckDiagnostics.unorderedLimit(decl.target().span(), subject,
                    TypedLiterals.phrase(target.type())));
            return false;
        }
        if (bound instanceof LimitBound.Between between) {
            Limit.Bound low = bound(CompareOp.GE, between.low(), target, subject);
            Limit.Bound high = bound(CompareOp.LE, between.high(), target, subject);
            bounds.add(low);
            bounds.add(high);
            return low != null && high != null;
        }
        if (!(bound instanceof LimitBound.Compare compare)) {
            throw new AssertionError("unhandled " + bound.getClass().getName());
        }
        if (!compare.op().isOrdering()) {
            scope.report(SyntaxDiagnostics.limitOperator(decl.target().span(),
                    compare.op().symbol(), SourceText.operand(compare.value())));
            return false;
        }
        Limit.Bound only = bound(compare.op(), compare.value(), target, subject);
        bounds.add(only);
        return only != null;
    }

    private Limit.Bound bound(CompareOp op, Operand operand, Target target, String subject) {
        Long value = constants.of(operand, target.type(), subject);
        return value == null ? null
                : new Limit.Bound(op, value, scope.values().text(target.type(), value));
    }

    private Target target(Operand.PathRef path) {
        String name = path.dotted();
        Optional<Setting> setting = scope.setting(name);
        if (setting.isPresent()) {
            return new Target(setting.get(), null, -1, setting.get().type());
        }
        int dot = name.indexOf('.');
        Optional<OutcomeDef> outcome = dot < 0 ? Optional.empty()
                : scope.schema().outcome(name.substring(0, dot));
        if (outcome.isPresent()) {
            List<Param> params = outcome.get().params();
            for (int i = 0; i < params.size(); i++) {
                if (params.get(i).name().equals(name.substring(dot + 1))) {
                    return new Target(null, outcome.get(), i, params.get(i).type());
                }
            }
        }
        List<String> known = new ArrayList<>(scope.settingNames());
        for (OutcomeDef o : scope.schema().outcomes()) {
            o.params().forEach(p -> known.add(o.name() + "." + p.name()));
        }
        scope.report(CheckDiagnostics.unknownLimitTarget(path.span(), name, known));
        return null;
    }

    /** What a limit constrains: a setting, or parameter {@code paramIndex} of an outcome. */
    private record Target(Setting setting, OutcomeDef outcome, int paramIndex, Type type) {
    }
}
