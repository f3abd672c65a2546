package dev.verdict.analysis;

import dev.verdict.diag.AnalysisDiagnostics;
import dev.verdict.diag.PlatformDiagnostics;
import dev.verdict.ir.Arg;
import dev.verdict.ir.Forbid;
import dev.verdict.ir.Limit;
import dev.verdict.ir.Rule;
import dev.verdict.schema.Field;
import dev.verdict.schema.Lints;
import java.util.ArrayList;
import java.util.List;


/**
 * Judges what a reachable rule produces, over the requests that reach it: W0404 (an
 * auto-approval reachable however large the amount), W0405 (a refund reachable however many
 * refunds and returns the buyer has had), E0303 (an outcome the platform forbids for some of
 * them), and E0301/W0302 (an outcome argument that breaks a platform limit for all or some).
 */
final class OutcomeChecks {

    private final Context context;
    private final LimitText limits;

    OutcomeChecks(Context context) {
        this.context = context;
        this.limits = new LimitText(context.values());
    }

    void check(Rule rule, Reach reach) {
        unbounded(rule, reach);
        unguarded(rule, reach);
        forbidden(rule, reach);
        arguments(rule, reach);
    }

    private void unbounded(Rule rule, Reach reach) {
        Lints lints = context.policy().schema().lints();
        String outcome = rule.outcome().outcome().name();
        var bounded = context.policy().schema().field(lints.boundedBy());
        if (!lints.unboundedApprovals().contains(outcome) || bounded.isEmpty()) {
            return;
        }
        Region large = atLeastLarge(reach, List.of(bounded.get()));
        if (!large.isEmpty()) {
            context.report(rule, AnalysisDiagnostics.unboundedApproval(rule.span(),
                    context.describe(rule), outcome, bounded.get().path()),
                    context.examples().in(large), rule.name());
        }
    }

    private void unguarded(Rule rule, Reach reach) {
        Lints lints = context.policy().schema().lints();
        String outcome = rule.outcome().outcome().name();
        List<Field> fields = new ArrayList<>();
        for (String path : lints.velocityFields()) {
            context.policy().schema().field(path).ifPresent(fields::add);
        }
        if (!lints.velocityGuarded().contains(outcome) || fields.isEmpty()) {
            return;
        }
        Region large = atLeastLarge(reach, fields);
        if (!large.isEmpty()) {
            context.report(rule, AnalysisDiagnostics.unguardedRefund(rule.span(),
                    context.describe(rule), outcome, fields.stream().map(Field::path).toList(),
                    lints.fallback()), context.examples().in(large), rule.name());
        }
    }

    /** The requests of {@code reach} where each of {@code fields} is arbitrarily large. */
    private Region atLeastLarge(Reach reach, List<Field> fields) {
        Cube large = context.space().all();
        for (Field field : fields) {
            Domain atLeast = Domain.between(context.large().atLeast(field), Long.MAX_VALUE);
            large = large == null ? null : large.restrict(field.index(), atLeast);
        }
        return large == null ? Region.empty(context.space()) : reach.within(Region.of(large));
    }

    private void forbidden(Rule rule, Reach reach) {
        if (context.policy().profile() == null) {
            return;
        }
        for (Forbid forbid : context.policy().profile().forbids()) {
            if (forbid.outcome().index() != rule.outcome().outcome().index()) {
                continue;
            }
            Region there = reach.within(context.conditions().truth(forbid.where()));
            if (!there.isEmpty()) {
                String where = forbid.where().equals(dev.verdict.ir.Expr.TRUE) ? ""
                        : " where " + context.exprs().print(forbid.where());
                context.report(rule, PlatformDiagnostics.forbiddenOutcome(rule.span(),
                        context.describe(rule), forbid.outcome().name(), where),
                        context.examples().in(there), rule.name());
                return;
            }
        }
    }

    private void arguments(Rule rule, Reach reach) {
        if (context.policy().profile() == null) {
            return;
        }
        for (Limit limit : context.policy().profile().limits()) {
            boolean target = limit.outcome() != null
                    && limit.outcome().index() == rule.outcome().outcome().index()
                    && limit.paramIndex() < rule.outcome().args().size();
            if (!target) {
                continue;
            }
            Arg arg = rule.outcome().args().get(limit.paramIndex());
            if (limit.allows(arg.value())) {
                continue;
            }
            Region where = context.conditions().truth(limit.where());
            Region broken = reach.within(where);
            if (broken.isEmpty()) {
                continue;
            }
            String who = context.describe(rule);
            boolean everywhere = reach.within(Region.all(context.space()).minus(where)).isEmpty();
            String scope = everywhere ? " for every request that reaches it"
                    : " where " + context.exprs().print(limit.where());
            Example example = context.examples().in(broken);
            if (!limit.oneOf().isEmpty() || everywhere) {
                context.report(rule, PlatformDiagnostics.argumentBreaksLimit(rule.span(), who,
                        arg.text(), limits.describe(limit), scope).withRelated(limit.file(),
                        limit.span(), "the platform limit"), example, rule.name());
            } else {
                long value = arg.value();
                boolean lowered = LimitText.capped(limit, value) < value;
                context.report(rule, PlatformDiagnostics.argumentCapped(rule.span(), who,
                        arg.text(), limits.describe(limit), scope, lowered,
                        limits.cappedText(limit, value)), example, rule.name());
            }
        }
    }
}
