package dev.verdict.analysis;

import dev.verdict.diag.AnalysisDiagnostics;
import dev.verdict.diag.Diagnostic;
import dev.verdict.diag.PlatformDiagnostics;
import dev.verdict.ir.Limit;
import dev.verdict.ir.SettingPlan;
import dev.verdict.schema.Setting;
import java.util.List;


/**
 * Judges the policy's {@code set} lines: W0403 (a conditional value that an earlier one with a
 * different value overrides for some requests) and, against the platform's limits on the
 * setting, E0301 (the value breaks a limit for every request where it is the one selected, or
 * lies outside an {@code in} list) and W0302 (it breaks it for some: the platform caps it there).
 * A profile checked on its own has its {@code default}s judged against its own limits: E0301
 * only, since a default its own limit caps for some requests is how a profile says "30 days,
 * 7 for jewelry". A policy's checks leave the profile's defaults to the profile's own check.
 */
final class SettingChecks {

    private final Context context;
    private final LimitText limits;
    private final boolean defaults;

    /** {@code defaults}: judge the profile's defaults too, not only the policy's values. */
    SettingChecks(Context context, boolean defaults) {
        this.context = context;
        this.limits = new LimitText(context.values());
        this.defaults = defaults;
    }

    void run() {
        for (SettingPlan plan : context.policy().settings()) {
            SettingPieces values = context.conditions().setting(plan.setting());
            overlaps(plan, values);
            for (SettingPieces.Branch branch : values.branches()) {
                if ((branch.policy() || defaults) && !branch.where().isEmpty()) {
                    limits(plan.setting(), branch);
                }
            }
        }
    }

    private void overlaps(SettingPlan plan, SettingPieces values) {
        List<SettingPlan.ConditionalValue> sets = plan.conditional();
        for (int later = 1; later < sets.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                if (sets.get(earlier).value() == sets.get(later).value()) {
                    continue;
                }
                Region selected = values.branches().get(earlier).where();
                Region both = values.conditions().get(later).intersect(selected);
                if (!both.isEmpty()) {
                    reportOverlap(plan.setting(), sets.get(earlier), sets.get(later), both);
                    break;
                }
            }
        }
    }

    private void reportOverlap(Setting setting, SettingPlan.ConditionalValue earlier,
                               SettingPlan.ConditionalValue later, Region both) {
        Diagnostic overlap = AnalysisDiagnostics.overlappingSettings(later.span(), setting.name(),
                format(setting, later.value()), format(setting, earlier.value()),
                earlier.span().line()).withRelated(null, earlier.span(), "the first set here");
        context.report(context.policy().file(), overlap, context.examples().in(both), null);
    }

    private void limits(Setting setting, SettingPieces.Branch branch) {
        if (context.policy().profile() == null) {
            return;
        }
        for (Limit limit : context.policy().profile().limits()) {
            if (limit.setting() == null || limit.setting().index() != setting.index()
                    || limit.allows(branch.value())) {
                continue;
            }
            Region where = context.conditions().truth(limit.where());
            Region broken = branch.where().intersect(where);
            if (broken.isEmpty()) {
                continue;
            }
            String value = "`" + setting.name() + "` = `" + format(setting, branch.value()) + "`";
            boolean everywhere = branch.where().minus(where).isEmpty();
            String scope = everywhere ? " for every request it applies to"
                    : " where " + context.exprs().print(limit.where());
            Example example = context.examples().in(broken);
            String rule = limits.describe(limit);
            if (!limit.oneOf().isEmpty() || everywhere) {
                context.report(branch.file(), PlatformDiagnostics.settingBreaksLimit(branch.span(),
                        value, rule, scope).withRelated(limit.file(), limit.span(),
                        "the platform limit"), example, null);
            } else if (branch.policy()) {
                long written = branch.value();
                boolean lowered = LimitText.capped(limit, written) < written;
                context.report(branch.file(), PlatformDiagnostics.settingCapped(branch.span(),
                        value, lowered, limits.cappedText(limit, written), rule, scope), example,
                        null);
            }
        }
    }

    private String format(Setting setting, long value) {
        return context.values().format(setting.type(), value);
    }
}
