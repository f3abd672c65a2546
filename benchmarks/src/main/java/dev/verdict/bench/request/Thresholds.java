package dev.verdict.bench.request;

import dev.verdict.ir.Cap;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Rule;
import dev.verdict.ir.SettingPlan;
import dev.verdict.ir.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where a policy's conditions change their mind, by schema field index: the constants (and
 * possible setting values) each field is compared with, the enum masks it is tested against, and
 * the pairs of fields compared with each other. Requests near these values reach every branch.
 */
public final class Thresholds {

    private final Map<Integer, TreeSet<Long>> constants = new TreeMap<>();
    private final Map<Integer, List<Long>> masks = new TreeMap<>();
    private final List<int[]> pairs = new ArrayList<>();
    private final Map<Integer, List<Long>> settingValues = new TreeMap<>();

    private Thresholds() {
    }

    /** The thresholds of every guard, rule and setting of a checked policy. */
    public static Thresholds of(CheckedPolicy policy) {
        Thresholds thresholds = new Thresholds();
        for (SettingPlan plan : policy.settings()) {
            thresholds.settingValues.put(plan.setting().index(), values(plan));
        }
        List<Rule> rules = new ArrayList<>(policy.guards());
        rules.addAll(policy.rules());
        for (Rule rule : rules) {
            thresholds.collect(rule.condition());
        }
        for (SettingPlan plan : policy.settings()) {
            plan.conditional().forEach(value -> thresholds.collect(value.where()));
            plan.caps().forEach(cap -> thresholds.collect(cap.where()));
        }
        return thresholds;
    }

    /** The constants the field is compared with, ascending; empty when none. */
    public List<Long> constants(int field) {
        return List.copyOf(constants.getOrDefault(field, new TreeSet<>()));
    }

    /** The sets of ordinals the enum field is tested against (bit i: ordinal i). */
    public List<Long> masks(int field) {
        return masks.getOrDefault(field, List.of());
    }

    /** Pairs {@code {left, right}} of fields compared with each other. */
    public List<int[]> pairs() {
        return pairs;
    }

    private void collect(Expr expr) {
        if (expr instanceof Expr.And and) {
            and.operands().forEach(this::collect);
        } else if (expr instanceof Expr.Or or) {
            or.operands().forEach(this::collect);
        } else if (expr instanceof Expr.Not not) {
            collect(not.operand());
        } else if (expr instanceof Expr.Member member) {
            masks.computeIfAbsent(member.field().index(), f -> new ArrayList<>())
                    .add(member.mask());
        } else if (expr instanceof Expr.Compare compare) {
            compare(compare.left(), compare.right());
        }
    }

    private void compare(Term left, Term right) {
        if (left instanceof Term.FieldTerm a && right instanceof Term.FieldTerm b) {
            pairs.add(new int[] {a.field().index(), b.field().index()});
        } else if (left instanceof Term.FieldTerm field) {
            add(field.field().index(), right);
        } else if (right instanceof Term.FieldTerm field) {
            add(field.field().index(), left);
        }
    }

    private void add(int field, Term other) {
        TreeSet<Long> values = constants.computeIfAbsent(field, f -> new TreeSet<>());
        if (other instanceof Term.Constant constant) {
            values.add(constant.value());
        } else if (other instanceof Term.SettingTerm setting) {
            values.addAll(settingValues.getOrDefault(setting.setting().index(), List.of()));
        }
    }

    private static List<Long> values(SettingPlan plan) {
        List<Long> values = new ArrayList<>();
        plan.conditional().forEach(value -> values.add(value.value()));
        if (plan.unconditional() != null) {
            values.add(plan.unconditional().value());
        }
        if (plan.profileDefault() != null) {
            values.add(plan.profileDefault().value());
        }
        for (Cap cap : plan.caps()) {
            values.add(cap.bound());
        }
        return values;
    }
}
