package dev.verdict.check;

import dev.verdict.ast.Decl;
import dev.verdict.diag.CheckDiagnostics;
import dev.verdict.ir.Cap;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Forbid;
import dev.verdict.ir.Limit;
import dev.verdict.ir.Profile;
import dev.verdict.ir.Rule;
import dev.verdict.schema.OutcomeDef;
import dev.verdict.schema.Setting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/**
 * Checks a platform profile's declarations (SPEC §6) with the same machinery as a policy's:
 * {@code default}s, {@code limit}s, {@code guard}s and {@code forbid}s. Diagnostics name the
 * profile's file.
 */
final class ProfileChecker {

    private final Scope scope;

    ProfileChecker(Scope scope) {
        this.scope = scope;
    }

    /** The checked profile {@code id}, whose amounts are in {@code currency}. */
    CheckedProfile check(List<Decl> decls, String id, String currency) {
        String displayName = id;
        SettingAssignments defaults =
                new SettingAssignments(scope, CheckDiagnostics::secondDefault);
        LimitLowering limitLowering = new LimitLowering(scope);
        RuleLowering ruleLowering = new RuleLowering(scope);
        List<Rule> guards = new ArrayList<>();
        List<Limit> limits = new ArrayList<>();
        List<Forbid> forbids = new ArrayList<>();
        Map<Setting, List<Cap>> caps = new LinkedHashMap<>();
        for (Decl decl : decls) {
            if (decl instanceof Decl.PlatformHeader header && header.displayName() != null) {
                displayName = header.displayName().value();
            } else if (decl instanceof Decl.DefaultDecl d) {
                Optional<Setting> setting = defaults.setting(d.setting());
                Long value = setting.map(s -> defaults.value(s, d.value())).orElse(null);
                if (value != null) {
                    defaults.unconditional(setting.get(), value, d.span(), d.setting().span());
                }
            } else if (decl instanceof Decl.LimitDecl l) {
                LimitLowering.Lowered lowered = limitLowering.lower(l);
                if (lowered != null) {
                    limits.add(lowered.limit());
                    if (lowered.limit().setting() != null) {
                        caps.computeIfAbsent(lowered.limit().setting(), s -> new ArrayList<>())
                                .addAll(lowered.caps());
                    }
                }
            } else if (decl instanceof Decl.GuardDecl g) {
                addIfChecked(guards, ruleLowering.guard(g));
            } else if (decl instanceof Decl.ForbidDecl f) {
                addIfChecked(forbids, forbid(f));
            }
        }
        Profile profile = new Profile(id, displayName, scope.reporter().file(),
                currency, guards, limits, forbids);
        return new CheckedProfile(profile, defaults.unconditionalValues(), caps);
    }

    private Forbid forbid(Decl.ForbidDecl decl) {
        String name = decl.outcome().text();
        Optional<OutcomeDef> outcome = scope.schema().outcome(name);
        Expr where = decl.where() == null ? Expr.TRUE
                : new ConditionLowering(scope, null).lower(decl.where());
        if (outcome.isEmpty()) {
            scope.report(CheckDiagnostics.unknownForbiddenOutcome(decl.outcome().span(), name,
                    scope.schema().obligation(name).isPresent(), scope.outcomeNames()));
            return null;
        }
        return where == null ? null
                : new Forbid(outcome.get(), where, scope.reporter().file(), decl.span());
    }

    private static <T> void addIfChecked(List<T> list, T checked) {
        if (checked != null) {
            list.add(checked);
        }
    }
}
