package dev.verdict.check;

import dev.verdict.ast.Decl;
import dev.verdict.diag.CheckDiagnostics;
import dev.verdict.ir.Cap;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Rule;
import dev.verdict.ir.SettingPlan;
import dev.verdict.ir.TestCase;
import dev.verdict.schema.Field;
import dev.verdict.schema.Setting;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;


/**
 * Checks a policy's body, once its profile is checked: {@code set}s, rules, {@code otherwise}
 * and tests; then folds everything into a {@link CheckedPolicy} when nothing was wrong.
 */
final class PolicyLowering {

    private final Scope scope;

    PolicyLowering(Scope scope) {
        this.scope = scope;
    }

    /**
     * The checked policy, or null when this file or its profile had errors other than E0208:
     * rules whose outcome never applies are left out, so that the analysis still looks at the
     * others (the compilation fails all the same). {@code guardNames} are the profile's guards,
     * which tests may name with {@code by}.
     */
    CheckedPolicy lower(List<Decl> decls, CheckedProfile profile, Collection<String> guardNames,
                        String displayName) {
        scope.lists().check(scope);
        List<List<SettingPlan.ConditionalValue>> conditional = new ArrayList<>();
        scope.schema().settings().forEach(s -> conditional.add(new ArrayList<>()));
        SettingAssignments unconditional =
                new SettingAssignments(scope, CheckDiagnostics::secondUnconditionalSet);
        RuleLowering ruleLowering = new RuleLowering(scope);
        List<Rule> rules = new ArrayList<>();
        Rule otherwise = null;
        List<String> ruleNames = new ArrayList<>(guardNames);
        for (Decl decl : decls) {
            if (decl instanceof Decl.SetDecl set) {
                set(set, unconditional, conditional);
            } else if (decl instanceof Decl.RuleDecl rule) {
                ruleNames.add(rule.displayName());
                Rule lowered = ruleLowering.rule(rule);
                if (lowered != null) {
                    rules.add(lowered);
                }
            } else if (decl instanceof Decl.Otherwise o) {
                ruleNames.add("otherwise");
                otherwise = ruleLowering.otherwise(o);
            }
        }
        List<SettingPlan> plans = plans(conditional, unconditional, profile);
        List<Rule> guards = profile == null ? List.of() : profile.profile().guards();
        Set<Field> reads = Reads.of(guards, rules, plans);
        List<TestCase> tests = new TestLowering(scope, ruleNames).lower(decls, reads);
        if (scope.partial() || !scope.reporter().onlyInapplicableRules()) {
            return null;
        }
        return new CheckedPolicy(scope.reporter().file(), displayName, scope.schema(),
                scope.values().currency(), scope.values().decimals(),
                profile == null ? null : profile.profile(), rules, otherwise, plans, reads, tests);
    }

    private void set(Decl.SetDecl set, SettingAssignments unconditional,
                     List<List<SettingPlan.ConditionalValue>> conditional) {
        Optional<Setting> setting = unconditional.setting(set.setting());
        Expr where = set.where() == null ? null
                : new ConditionLowering(scope, "a `set` condition").lower(set.where());
        Long value = setting.map(s -> unconditional.value(s, set.value())).orElse(null);
        if (value == null) {
            return;
        }
        if (set.where() == null) {
            unconditional.unconditional(setting.get(), value, set.span(), set.setting().span());
        } else if (where != null) {
            conditional.get(setting.get().index())
                    .add(new SettingPlan.ConditionalValue(where, value, set.span()));
        }
    }

    /**
     * The schema's default of {@code setting}, in the policy's currency, for a policy and profile
     * that give it no value; null after reporting a default the currency cannot write.
     */
    private static SettingPlan.Value schemaDefault(Setting setting,
                                                   SettingAssignments assignments) {
        Long value = assignments.value(setting, setting.defaultValue());
        return value == null ? null
                : new SettingPlan.Value(value, setting.file(), setting.defaultValue().span());
    }

    private List<SettingPlan> plans(List<List<SettingPlan.ConditionalValue>> conditional,
                                    SettingAssignments unconditional, CheckedProfile profile) {
        List<SettingPlan> plans = new ArrayList<>();
        for (Setting setting : scope.schema().settings()) {
            SettingPlan.Value profileDefault =
                    profile == null ? null : profile.defaults().get(setting);
            if (profileDefault == null && setting.defaultValue() != null) {
                profileDefault = schemaDefault(setting, unconditional);
            }
            List<Cap> caps =
                    profile == null ? List.of() : profile.caps().getOrDefault(setting, List.of());
            plans.add(new SettingPlan(setting, conditional.get(setting.index()),
                    unconditional.unconditionalValues().get(setting), profileDefault, caps));
        }
        return plans;
    }
}
