package dev.verdict.check;

import dev.verdict.ast.Name;
import dev.verdict.ast.Operand;
import dev.verdict.ast.Span;
import dev.verdict.diag.Code;
import dev.verdict.diag.Suggestions;
import dev.verdict.ir.SettingPlan;
import dev.verdict.schema.Setting;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks {@code NAME = VALUE} for a setting, as a policy's {@code set} and a profile's
 * {@code default} write it: the setting exists (E0201), the value has its type, and a setting
 * gets at most one such value without a condition (E0206).
 */
final class SettingAssignments {

    private final Scope scope;
    private final ConstantChecker constants;
    private final String what;
    private final String secondHelp;
    private final Map<Setting, SettingPlan.Value> unconditional = new HashMap<>();

    /**
     * {@code what} names the declaration in messages ("an unconditional `set`"), and
     * {@code secondHelp} says how to fix a second one.
     */
    SettingAssignments(Scope scope, String what, String secondHelp) {
        this.scope = scope;
        this.constants = new ConstantChecker(scope);
        this.what = what;
        this.secondHelp = secondHelp;
    }

    /** The setting {@code name} names, or empty after reporting E0201. */
    Optional<Setting> setting(Name name) {
        Optional<Setting> setting = scope.setting(name.text());
        if (setting.isEmpty()) {
            scope.report(Code.E0201, name.span(), "unknown setting `" + name.text() + "`",
                    Suggestions.didYouMean(name.text(), scope.settingNames()));
        }
        return setting;
    }

    /** The value written for {@code setting}, or null after reporting. */
    Long value(Setting setting, Operand value) {
        String subject = "`" + setting.name() + "`";
        return constants.of(value, setting.type(), subject, Code.E0203, Code.E0202);
    }

    /** Records the one value without a condition; a second is E0206. */
    void unconditional(Setting setting, long value, Span span, Span nameSpan) {
        SettingPlan.Value first = unconditional.putIfAbsent(setting,
                new SettingPlan.Value(value, scope.reporter().file(), span));
        if (first != null) {
            scope.report(Code.E0206, nameSpan, "`" + setting.name() + "` already has " + what
                    + " on line " + first.span().line(), secondHelp);
        }
    }

    Map<Setting, SettingPlan.Value> unconditionalValues() {
        return unconditional;
    }
}
