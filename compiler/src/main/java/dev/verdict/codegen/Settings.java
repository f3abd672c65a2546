package dev.verdict.codegen;

import dev.verdict.ir.Cap;
import dev.verdict.ir.SettingPlan;
import dev.verdict.ir.Term;
import dev.verdict.schema.Setting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How each setting a policy's conditions compare with reaches the generated code (SPEC §5): as a
 * constant when its value is the same for every request (no conditional {@code set} and no
 * conditional cap: the usual profile default), as "never has a value" (comparisons with it are
 * unknown), or as a local computed once per request by the entry method and passed to the
 * helpers ({@code s0}, and {@code s0Known} when it may have no value).
 */
final class Settings {

    static final Settings NONE = new Settings(List.of(), Map.of(), List.of());

    /** A setting computed per request: its plan, in two-valued form, and the locals holding it. */
    record Local(Plan plan, String value, String known) {
    }

    /**
     * A setting plan with conditions as formulas: the conditional values that can apply (up to one
     * that always does), the value otherwise (null: none), and the caps that can apply.
     */
    record Plan(Setting setting, List<Formula> when, List<Long> values, Long otherwise,
                List<Formula> capWhen, List<Cap> caps) {
    }

    private final List<Local> locals;
    private final Map<Setting, Long> constants;
    private final List<Setting> never;

    private Settings(List<Local> locals, Map<Setting, Long> constants, List<Setting> never) {
        this.locals = locals;
        this.constants = constants;
        this.never = never;
    }

    /** The settings of these plans; only those in {@code referenced} get locals. */
    static Settings of(List<SettingPlan> plans, Set<Setting> referenced) {
        List<Local> locals = new ArrayList<>();
        Map<Setting, Long> constants = new HashMap<>();
        List<Setting> never = new ArrayList<>();
        for (SettingPlan plan : plans) {
            Plan normal = normal(plan);
            Setting setting = plan.setting();
            if (normal.when().isEmpty() && normal.otherwise() == null) {
                never.add(setting);
            } else if (normal.when().isEmpty() && normal.capWhen().isEmpty()) {
                constants.put(setting, normal.otherwise());
            } else if (referenced.contains(setting)) {
                String value = "s" + setting.index();
                locals.add(new Local(normal, value, normal.otherwise() == null ? value + "Known"
                        : null));
            }
        }
        return new Settings(List.copyOf(locals), Map.copyOf(constants), List.copyOf(never));
    }

    private static Plan normal(SettingPlan plan) {
        List<Formula> when = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        SettingPlan.Value base = plan.unconditional() != null ? plan.unconditional()
                : plan.profileDefault();
        Long otherwise = base == null ? null : Long.valueOf(base.value());
        for (SettingPlan.ConditionalValue conditional : plan.conditional()) {
            Formula where = Formula.of(conditional.where(), true);
            if (where.equals(Formula.TRUE)) {
                otherwise = conditional.value();
                break;
            }
            if (!where.equals(Formula.FALSE)) {
                when.add(where);
                values.add(conditional.value());
            }
        }
        List<Formula> capWhen = new ArrayList<>();
        List<Cap> caps = new ArrayList<>();
        for (Cap cap : plan.caps()) {
            Formula where = Formula.of(cap.where(), true);
            if (where.equals(Formula.TRUE) && when.isEmpty() && capWhen.isEmpty()
                    && otherwise != null) {
                otherwise = cap.apply(otherwise);
            } else if (!where.equals(Formula.FALSE)) {
                capWhen.add(where);
                caps.add(cap);
            }
        }
        return new Plan(plan.setting(), when, values, otherwise, capWhen, caps);
    }

    /** The settings computed per request, in setting order. */
    List<Local> locals() {
        return locals;
    }

    Local local(Setting setting) {
        for (Local local : locals) {
            if (local.plan().setting().equals(setting)) {
                return local;
            }
        }
        throw new IllegalStateException("setting `" + setting.name() + "` is not computed");
    }

    /**
     * The atom with constant settings replaced by their values, and comparisons with a setting
     * that never has a value folded to false (unknown is never true, nor false).
     */
    Formula resolve(Formula atom) {
        if (!(atom instanceof Formula.Compare compare)) {
            return atom;
        }
        Term left = resolve(compare.left());
        Term right = resolve(compare.right());
        if (left == null || right == null) {
            return Formula.FALSE;
        }
        return Formula.compare(left, compare.op(), right);
    }

    private Term resolve(Term term) {
        if (term instanceof Term.SettingTerm s) {
            if (never.contains(s.setting())) {
                return null;
            }
            Long constant = constants.get(s.setting());
            return constant == null ? term : new Term.Constant(constant);
        }
        return term;
    }
}
