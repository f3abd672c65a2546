package dev.verdict.check;

import dev.verdict.ast.Action;
import dev.verdict.ast.Operand;
import dev.verdict.ast.SourceText;
import dev.verdict.diag.CheckDiagnostics;
import dev.verdict.ir.Arg;
import dev.verdict.ir.ObligationCall;
import dev.verdict.ir.OutcomeCall;
import dev.verdict.schema.Kind;
import dev.verdict.schema.ObligationDef;
import dev.verdict.schema.OutcomeDef;
import dev.verdict.schema.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/**
 * Checks {@code then} actions (SPEC §4): exactly one outcome, first, then any obligations, each
 * with arguments of its parameters' types. Arguments get their canonical text here.
 */
final class Actions {

    private final Scope scope;
    private final ConstantChecker constants;

    Actions(Scope scope) {
        this.scope = scope;
        this.constants = new ConstantChecker(scope);
    }

    /** A rule's checked outcome and obligations. */
    record Then(OutcomeCall outcome, List<ObligationCall> obligations) {
    }

    /** The checked actions, or null after reporting their errors. */
    Then lower(List<Action> actions) {
        OutcomeCall outcome = outcome(actions.get(0));
        List<ObligationCall> obligations = new ArrayList<>();
        boolean failed = outcome == null;
        for (Action action : actions.subList(1, actions.size())) {
            ObligationCall obligation = obligation(action);
            failed |= obligation == null;
            obligations.add(obligation);
        }
        return failed ? null : new Then(outcome, obligations);
    }

    private OutcomeCall outcome(Action action) {
        String name = action.name().text();
        Optional<OutcomeDef> outcome = scope.schema().outcome(name);
        if (outcome.isPresent()) {
            List<Arg> args = args(action, outcome.get().name(), outcome.get().params());
            return args == null ? null : new OutcomeCall(outcome.get(), args);
        }
        if (scope.schema().obligation(name).isPresent()) {
            scope.report(CheckDiagnostics.obligationFirst(action.name().span(), name,
                    SourceText.action(action)));
        } else {
            unknown(action);
        }
        return null;
    }

    private ObligationCall obligation(Action action) {
        String name = action.name().text();
        Optional<ObligationDef> obligation = scope.schema().obligation(name);
        if (obligation.isPresent()) {
            List<Arg> args = args(action, name, obligation.get().params());
            return args == null ? null : new ObligationCall(obligation.get(), args);
        }
        if (scope.schema().outcome(name).isPresent()) {
            scope.report(CheckDiagnostics.secondOutcome(action.name().span(), name));
        } else {
            unknown(action);
        }
        return null;
    }

    private void unknown(Action action) {
        List<String> names = new ArrayList<>();
        scope.schema().outcomes().forEach(o -> names.add(o.name()));
        scope.schema().obligations().forEach(o -> names.add(o.name()));
        scope.report(CheckDiagnostics.unknownAction(action.name().span(), action.name().text(),
                names));
    }

    /** The checked arguments of {@code action} for {@code params}; null after reporting E0205. */
    List<Arg> args(Action action, String name, List<Param> params) {
        if (action.args().size() != params.size()) {
            scope.report(CheckDiagnostics.argumentCount(action.span(), name,
                    params.stream().map(Param::name).toList(), action.args().size()));
            return null;
        }
        List<Arg> args = new ArrayList<>();
        boolean failed = false;
        for (int i = 0; i < params.size(); i++) {
            Arg arg = arg(action.args().get(i), params.get(i), name);
            failed |= arg == null;
            args.add(arg);
        }
        return failed ? null : args;
    }

    private Arg arg(Operand operand, Param param, String action) {
        String subject = "the " + param.name() + " of `" + action + "`";
        Long value = constants.argument(operand, param.type(), subject);
        if (value == null) {
            return null;
        }
        String text = param.type().kind() == Kind.STRING
                ? ((Operand.StringLit) operand).value() : scope.values().text(param.type(), value);
        return new Arg(param.type(), value, text);
    }
}
