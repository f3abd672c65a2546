package dev.verdict.check;

import dev.verdict.ast.Action;
import dev.verdict.ast.Cond;
import dev.verdict.ast.Decl;
import dev.verdict.ast.Span;
import dev.verdict.diag.CheckDiagnostics;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Rule;
import dev.verdict.runtime.Source;
import dev.verdict.schema.Field;
import dev.verdict.schema.OutcomeDef;
import java.util.List;


/**
 * Checks and lowers a policy rule, a platform guard or {@code otherwise} to an IR {@link Rule}:
 * its condition, its actions, and whether its outcome can apply to the requests its condition
 * allows (E0208).
 */
final class RuleLowering {

    private final Scope scope;
    private final ConditionLowering conditions;
    private final Actions actions;

    RuleLowering(Scope scope) {
        this.scope = scope;
        this.conditions = new ConditionLowering(scope, null);
        this.actions = new Actions(scope);
    }

    /** A policy rule, named {@code rule@LINE} when unnamed; null after reporting its errors. */
    Rule rule(Decl.RuleDecl rule) {
        Span at = Layout.keywordSpan(rule);
        if (rule.name() != null) {
            at = at.to(rule.name().span());
        }
        return lower(rule.displayName(), Source.POLICY, rule.span(), at, rule.when(), rule.then());
    }

    Rule guard(Decl.GuardDecl guard) {
        Span at = Layout.keywordSpan(guard).to(guard.name().span());
        return lower(guard.name().text(), Source.PLATFORM, guard.span(), at, guard.when(),
                guard.then());
    }

    /**
     * {@code otherwise} decides every request that reaches it, so its outcome must apply to
     * every request type (E0208): {@code otherwise approve_return_label} would approve labels
     * for cancellations.
     */
    Rule otherwise(Decl.Otherwise otherwise) {
        Actions.Then then = actions.lower(otherwise.then());
        if (then == null) {
            return null;
        }
        OutcomeDef outcome = then.outcome().outcome();
        if (!outcome.appliesAlways()) {
            scope.report(CheckDiagnostics.inapplicableOtherwise(otherwise.then().get(0).span(),
                    outcome.name(), Applicability.where(outcome)));
            return null;
        }
        return new Rule("otherwise", otherwise.span().line(), Source.POLICY,
                scope.reporter().file(), otherwise.span(), Expr.TRUE, Expr.TRUE, then.outcome(),
                then.obligations());
    }

    private Rule lower(String name, Source source, Span span, Span at, Cond when,
                       List<Action> thenActions) {
        Expr written = conditions.lower(when);
        Actions.Then then = actions.lower(thenActions);
        if (written == null || then == null || !applies(written, then.outcome().outcome(), at)) {
            return null;
        }
        Expr effective = Applicability.effective(written, then.outcome().outcome());
        return new Rule(name, span.line(), source, scope.reporter().file(), span, written,
                effective, then.outcome(), then.obligations());
    }

    /**
     * Whether {@code outcome} can apply where {@code written} holds, as far as the top-level
     * tests of the field its applicability tests tell (the analysis tells exactly).
     */
    private boolean applies(Expr written, OutcomeDef outcome, Span at) {
        Field request = outcome.applies().field();
        if (request == null) {
            return true;
        }
        long allowed = Applicability.allowedValues(written, request);
        if (allowed == 0 || (allowed & outcome.applies().mask()) != 0) {
            return true;
        }
        String allowedNames = Applicability.names(allowed, request);
        scope.report(CheckDiagnostics.inapplicableOutcome(at, outcome.name(),
                Applicability.where(outcome), allowedNames, request.path()));
        return false;
    }
}
