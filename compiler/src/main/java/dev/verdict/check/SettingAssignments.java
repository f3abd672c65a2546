package dev.verdict.check;

import dev.verdict.ast.Name;
import dev.verdict.ast.Operand;
import dev.verdict.ast.Span;
import dev.verdict.diag.CheckDiagnostics;
import dev.verdict.diag.Diagnostic;
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
    private final SecondValue second;
    private final Map<Setting, SettingPlan.Value> unconditional = new HashMap<>();

    /** The E0206 of a second unconditional value, at {@code span}, the first at {@code first}. */
    interface SecondValue {
        Diagnostic of(Span span, String setting, Span first);
    }

    /** {@code second} reports a second value of a setting in this kind of file. */
    SettingAssignments(Scope scope, SecondValue second) {
        this.scope = scope;
        this.constants = new ConstantChecker(scope);
        this.second = second;
    }

    /** The setting {@code name} names, or empty after reporting E0201. */
    Optional<Setting> setting(Name name) {
        Optional<Setting> setting = scope.setting(name.text());
        if (setting.isEmpty()) {
            scope.report(CheckDiagnostics.unknownSetting(name.span(), name.text(),
                    scope.settingNames()));
        }
        return setting;
    }

    /** The value written for {@code setting}, or null after reporting. */
    Long value(Setting setting, Operand value) {
        String subject = "`" + setting.name() + "`";
        return constants.of(value, setting.type(), subject);
    }

    /** Records the one value without a condition; a second is E0206. */
    void unconditional(Setting setting, long value, Span span, Span nameSpan) {
        SettingPlan.Value first = unconditional.putIfAbsent(setting,
                new SettingPlan.Value(value, scope.reporter().file(), span));
        if (first != null) {
            scope.report(second.of(nameSpan, setting.name(), first.span()));
        }
    }

    Map<Setting, SettingPlan.Value> unconditionalValues() {
        return unconditional;
    }
}
