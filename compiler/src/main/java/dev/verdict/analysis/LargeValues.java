package dev.verdict.analysis;

import dev.verdict.ir.Cap;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Forbid;
import dev.verdict.ir.Rule;
import dev.verdict.ir.SettingPlan;
import dev.verdict.ir.Term;
import dev.verdict.schema.Field;
import dev.verdict.schema.Kind;
import dev.verdict.schema.Type;
import java.util.EnumMap;
import java.util.Map;

/**
 * For each kind of value, a round value above every constant that the policy, its settings and
 * its profile compare with that kind. Every bound a region can have is one of those constants
 * (or one off), so a region holds a request with a field at or above this value exactly when
 * nothing bounds the field from above: that is how W0404 and W0405 read "no upper bound", and
 * the value reads well in the example ({@code amount = 1000.00}, {@code buyer.refunds_30d = 10}).
 */
final class LargeValues {

    private final Map<Kind, Long> largest = new EnumMap<>(Kind.class);
    private final long currencyUnit;

    private LargeValues(long currencyUnit) {
        this.currencyUnit = currencyUnit;
    }

    static LargeValues of(CheckedPolicy policy) {
        long unit = 1;
        for (int i = 0; i < policy.currencyDecimals(); i++) {
            unit *= 10;
        }
        LargeValues large = new LargeValues(unit);
        for (Rule rule : policy.guards()) {
            large.scan(rule.condition());
        }
        for (Rule rule : policy.rules()) {
            large.scan(rule.condition());
        }
        for (SettingPlan plan : policy.settings()) {
            Kind kind = plan.setting().type().kind();
            plan.conditional().forEach(c -> {
                large.scan(c.where());
                large.note(kind, c.value());
            });
            if (plan.unconditional() != null) {
                large.note(kind, plan.unconditional().value());
            }
            if (plan.profileDefault() != null) {
                large.note(kind, plan.profileDefault().value());
            }
            for (Cap cap : plan.caps()) {
                large.scan(cap.where());
                large.note(kind, cap.bound() == Long.MAX_VALUE ? cap.bound() : cap.bound() + 1);
            }
        }
        if (policy.profile() != null) {
            policy.profile().limits().forEach(l -> large.scan(l.where()));
            policy.profile().forbids().stream().map(Forbid::where).forEach(large::scan);
        }
        return large;
    }

    /** A round value of {@code field}'s type greater than every bound it can have. */
    long atLeast(Field field) {
        Type type = field.type();
        long unit = switch (type.kind()) {
            case MONEY -> currencyUnit;
            case DURATION -> 24 * 60;
            case PERCENT -> 100;
            default -> 1;
        };
        long base = switch (type.kind()) {
            case MONEY -> 1000;
            case DURATION, PERCENT -> 100;
            default -> 10;
        };
        long max = largest.getOrDefault(type.kind(), 0L);
        long value = base * unit;
        while (value <= max && value <= Long.MAX_VALUE / 10) {
            value *= 10;
        }
        return value <= max ? max : value;
    }

    private void scan(Expr expr) {
        if (expr instanceof Expr.And and) {
            and.operands().forEach(this::scan);
        } else if (expr instanceof Expr.Or or) {
            or.operands().forEach(this::scan);
        } else if (expr instanceof Expr.Not not) {
            scan(not.operand());
        } else if (expr instanceof Expr.Compare compare) {
            Kind kind = kind(compare.left()) != null ? kind(compare.left()) : kind(compare.right());
            constant(kind, compare.left());
            constant(kind, compare.right());
        }
    }

    private void constant(Kind kind, Term term) {
        if (kind != null && term instanceof Term.Constant c) {
            note(kind, c.value());
        }
    }

    private void note(Kind kind, long value) {
        long magnitude = value == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(value);
        largest.merge(kind, magnitude, Math::max);
    }

    private static Kind kind(Term term) {
        if (term instanceof Term.FieldTerm f) {
            return f.field().type().kind();
        }
        if (term instanceof Term.SettingTerm s) {
            return s.setting().type().kind();
        }
        return null;
    }
}
