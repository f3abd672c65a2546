package dev.verdict.simulate;

import dev.verdict.diag.render.DisplayWidth;
import dev.verdict.simulate.Comparison.Change;
import dev.verdict.simulate.Simulation.InvalidLine;
import java.util.ArrayList;
import java.util.List;

/**
 * A simulation as a plain-text report for a terminal: a summary line, the outcome and rule
 * tables, what changed against the baseline, and the invalid history lines.
 */
public final class SimulationText {

    private SimulationText() {
    }

    public static String render(Simulation simulation) {
        StringBuilder out = new StringBuilder();
        out.append(simulation.policy()).append(": ").append(requests(simulation.decided()))
                .append(" decided; money in ").append(simulation.currency()).append("\n\n");
        table(out, ReportTables.outcomes(simulation));
        out.append('\n');
        table(out, ReportTables.rules(simulation));
        Comparison comparison = simulation.comparison();
        if (comparison != null) {
            comparison(out, simulation, comparison);
        }
        if (simulation.invalid() > 0) {
            invalid(out, simulation);
        }
        return out.toString();
    }

    private static void comparison(StringBuilder out, Simulation simulation,
                                   Comparison comparison) {
        out.append("\nagainst ").append(comparison.baseline()).append(": ")
                .append(comparison.changed()).append(" of ").append(simulation.decided())
                .append(" decisions changed\n");
        if (comparison.changed() > 0) {
            out.append('\n');
            table(out, ReportTables.transitions(comparison));
        }
        out.append("\nrefunds: ").append(simulation.money(comparison.oldRefunds()))
                .append(" with ").append(comparison.baseline()).append(", ")
                .append(simulation.money(comparison.newRefunds())).append(" with ")
                .append(simulation.policy()).append(" (")
                .append(simulation.signedMoney(comparison.difference())).append(' ')
                .append(simulation.currency()).append(")\n");
        if (!comparison.examples().isEmpty()) {
            out.append("\nfirst changed requests:\n");
            for (Change change : comparison.examples()) {
                out.append(change.toJson()).append('\n');
            }
        }
    }

    private static void invalid(StringBuilder out, Simulation simulation) {
        long invalid = simulation.invalid();
        out.append('\n').append(invalid).append(invalid == 1 ? " invalid line" : " invalid lines")
                .append(" not decided:\n");
        for (InvalidLine line : simulation.invalidLines()) {
            out.append("  line ").append(line.line()).append(": ").append(line.message())
                    .append('\n');
        }
        long more = invalid - simulation.invalidLines().size();
        if (more > 0) {
            out.append("  and ").append(more).append(" more\n");
        }
    }

    static String requests(long count) {
        return count + (count == 1 ? " request" : " requests");
    }

    /** The table with padded columns, two spaces apart, the footer after the rows. */
    private static void table(StringBuilder out, Table table) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(table.columns().stream().map(Table.Column::title).toList());
        lines.addAll(table.rows());
        if (!table.footer().isEmpty()) {
            lines.add(table.footer());
        }
        int[] widths = new int[table.columns().size()];
        for (List<String> line : lines) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(line.get(i)));
            }
        }
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String cell = line.get(i);
                String pad = " ".repeat(widths[i] - DisplayWidth.of(cell));
                text.append(i == 0 ? "" : "  ");
                text.append(table.columns().get(i).numeric() ? pad + cell : cell + pad);
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
    }
}
