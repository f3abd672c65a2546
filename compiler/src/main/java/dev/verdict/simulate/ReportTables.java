package dev.verdict.simulate;

import static dev.verdict.simulate.Table.number;
import static dev.verdict.simulate.Table.text;

import dev.verdict.explain.DecisionText;
import dev.verdict.simulate.Comparison.Change;
import dev.verdict.simulate.Comparison.Transition;
import dev.verdict.simulate.Simulation.OutcomeRow;
import dev.verdict.simulate.Simulation.RuleRow;
import java.util.ArrayList;
import java.util.List;

/** The tables of a simulation report, shared by its text and HTML forms. */
final class ReportTables {

    /** How a report names the schema's fallback, which has no rule name. */
    static final String FALLBACK = "(no rule fired)";
    /** The title of the columns of percentages of the requests decided. */
    static final String SHARE = "share";

    private ReportTables() {
    }

    /** Per outcome: count, share, amount asked for, money paid back; totals in the footer. */
    static Table outcomes(Simulation simulation) {
        List<List<String>> rows = new ArrayList<>();
        for (OutcomeRow row : simulation.outcomes()) {
            rows.add(List.of(row.outcome().text(), Long.toString(row.count()),
                    simulation.share(row.count()), simulation.money(row.amount()),
                    simulation.money(row.refunds())));
        }
        List<String> footer = List.of("total", Long.toString(simulation.decided()),
                simulation.share(simulation.decided()), simulation.money(simulation.amount()),
                simulation.money(simulation.refunds()));
        return new Table(List.of(text("outcome"), number("count"), number(SHARE),
                number(simulation.amountField()), number("refunds")), rows, footer);
    }

    /** Per guard and rule, in evaluation order: where it is, count, share, money paid back. */
    static Table rules(Simulation simulation) {
        List<List<String>> rows = new ArrayList<>();
        for (RuleRow row : simulation.rules()) {
            rows.add(List.of(row.name() == null ? FALLBACK : DecisionText.name(row.name()),
                    row.line() == null ? "" : row.line().toString(), row.source().word(),
                    Long.toString(row.count()), simulation.share(row.count()),
                    simulation.money(row.refunds())));
        }
        return new Table(List.of(text("rule"), number("line"), text("source"), number("count"),
                number(SHARE), number("refunds")), rows, List.of());
    }

    /** Per pair of old and new outcome: how many decisions changed so. */
    static Table transitions(Comparison comparison) {
        List<List<String>> rows = new ArrayList<>();
        for (Transition transition : comparison.transitions()) {
            rows.add(List.of(transition.from().text(), transition.to().text(),
                    Long.toString(transition.count())));
        }
        return new Table(List.of(text("baseline decided"), text("policy decides"),
                number("count")), rows, List.of("total", "", Long.toString(comparison.changed())));
    }

    /** The example requests that changed: history line, request, old and new decision. */
    static Table examples(Comparison comparison) {
        List<List<String>> rows = new ArrayList<>();
        for (Change change : comparison.examples()) {
            rows.add(List.of(Long.toString(change.line()), change.request(),
                    DecisionText.of(change.old()), DecisionText.of(change.now())));
        }
        return new Table(List.of(number("line"), text("request"), text("baseline decided"),
                text("policy decides")), rows, List.of());
    }
}
