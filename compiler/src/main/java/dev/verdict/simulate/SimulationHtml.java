package dev.verdict.simulate;

import dev.verdict.report.Markup;
import dev.verdict.simulate.Simulation.InvalidLine;
import java.util.List;

/**
 * A simulation as one self-contained HTML page: inline CSS, no scripts and nothing fetched (its
 * content security policy forbids both), every text from the policy or the history escaped.
 */
public final class SimulationHtml {

    private static final String STYLE = """
            body { margin: 0; background: #f6f8fa; color: #1f2328;
                   font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
            main { max-width: 1100px; margin: 0 auto; padding: 24px 32px 48px; }
            h1 { font-size: 22px; margin: 0 0 4px; }
            h2 { font-size: 16px; margin: 32px 0 8px; }
            p { margin: 4px 0; }
            .quiet { color: #59636e; }
            code, td.text, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas,
                                 monospace; font-size: 13px; }
            .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0 8px; }
            .card { background: #fff; border: 1px solid #d1d9e0; border-radius: 8px;
                    padding: 10px 18px; min-width: 140px; }
            .card b { display: block; font-size: 22px; font-variant-numeric: tabular-nums; }
            .card span { color: #59636e; font-size: 12px; text-transform: uppercase;
                         letter-spacing: .04em; }
            table { width: 100%; border-collapse: collapse; background: #fff;
                    border: 1px solid #d1d9e0; }
            th, td { padding: 6px 12px; border-bottom: 1px solid #eaeef2; text-align: left;
                     vertical-align: baseline; }
            th { background: #f0f3f6; color: #424a53; font-size: 12px; font-weight: 600; }
            .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            td.text { overflow-wrap: anywhere; }
            tfoot td { background: #f6f8fa; font-weight: 600; }
            .bar { display: inline-block; width: 60px; height: 8px; margin-right: 8px;
                   background: #eaeef2; border-radius: 4px; overflow: hidden; }
            .bar i { display: block; height: 100%; background: #0969da; }
            footer { margin-top: 40px; color: #59636e; font-size: 12px; }
            """;

    private SimulationHtml() {
    }

    public static String render(Simulation simulation) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src ")
                .append("'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width\">\n")
                .append("<title>Simulation of ").append(escape(simulation.policy()))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n")
                .append("<body>\n<main>\n<h1>Simulation of <code>")
                .append(escape(simulation.policy())).append("</code></h1>\n")
                .append("<p class=\"quiet\">Past requests replayed through the policy; money in ")
                .append(escape(simulation.currency())).append(".</p>\n");
        cards(html, simulation);
        html.append("<h2>Outcomes</h2>\n");
        table(html, ReportTables.outcomes(simulation));
        html.append("<h2>Rules</h2>\n<p class=\"quiet\">Platform guards, then the policy's rules, ")
                .append("in the order they are tried.</p>\n");
        table(html, ReportTables.rules(simulation));
        if (simulation.comparison() != null) {
            comparison(html, simulation, simulation.comparison());
        }
        if (simulation.invalid() > 0) {
            invalid(html, simulation);
        }
        return html.append("<footer>verdict simulate</footer>\n</main>\n</body>\n</html>\n")
                .toString();
    }

    private static void cards(StringBuilder html, Simulation simulation) {
        html.append("<div class=\"cards\">\n");
        card(html, Long.toString(simulation.decided()), "requests decided");
        card(html, simulation.money(simulation.refunds()), "refunds, " + simulation.currency());
        Comparison comparison = simulation.comparison();
        if (comparison != null) {
            card(html, Long.toString(comparison.changed()), "decisions changed");
            card(html, simulation.signedMoney(comparison.difference()),
                    "refunds vs baseline, " + simulation.currency());
        }
        card(html, Long.toString(simulation.invalid()), "invalid lines");
        html.append("</div>\n");
    }

    private static void card(StringBuilder html, String value, String label) {
        html.append("<div class=\"card\"><b>").append(escape(value)).append("</b><span>")
                .append(escape(label)).append("</span></div>\n");
    }

    private static void comparison(StringBuilder html, Simulation simulation,
                                   Comparison comparison) {
        html.append("<h2>Against <code>").append(escape(comparison.baseline()))
                .append("</code></h2>\n<p>").append(comparison.changed()).append(" of ")
                .append(simulation.decided()).append(" decisions changed. Refunds: ")
                .append(escape(simulation.money(comparison.oldRefunds()))).append(" with the ")
                .append("baseline, ").append(escape(simulation.money(comparison.newRefunds())))
                .append(" with the policy (")
                .append(escape(simulation.signedMoney(comparison.difference()))).append(' ')
                .append(escape(simulation.currency())).append(").</p>\n");
        if (comparison.changed() > 0) {
            table(html, ReportTables.transitions(comparison));
        }
        if (!comparison.examples().isEmpty()) {
            html.append("<h2>First changed requests</h2>\n");
            table(html, ReportTables.examples(comparison));
        }
    }

    private static void invalid(StringBuilder html, Simulation simulation) {
        html.append("<h2>Invalid lines</h2>\n<p>").append(simulation.invalid())
                .append(simulation.invalid() == 1 ? " line was" : " lines were")
                .append(" not a valid request and not decided");
        long shown = simulation.invalidLines().size();
        html.append(shown < simulation.invalid() ? "; the first " + shown + ":" : ":")
                .append("</p>\n<table>\n<thead><tr><th class=\"num\">line</th><th>problem</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (InvalidLine line : simulation.invalidLines()) {
            html.append("<tr><td class=\"num\">").append(line.line()).append("</td><td>")
                    .append(escape(line.message())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /** The table; the cells of a share column get a bar of their percentage, but the footer's. */
    private static void table(StringBuilder html, Table table) {
        html.append("<table>\n<thead><tr>");
        for (Table.Column column : table.columns()) {
            html.append(column.numeric() ? "<th class=\"num\">" : "<th>")
                    .append(escape(column.title())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> cells : table.rows()) {
            row(html, table, cells, true);
        }
        html.append("</tbody>\n");
        if (!table.footer().isEmpty()) {
            html.append("<tfoot>\n");
            row(html, table, table.footer(), false);
            html.append("</tfoot>\n");
        }
        html.append("</table>\n");
    }

    private static void row(StringBuilder html, Table table, List<String> cells, boolean bars) {
        html.append("<tr>");
        for (int i = 0; i < cells.size(); i++) {
            Table.Column column = table.columns().get(i);
            html.append(column.numeric() ? "<td class=\"num\">" : "<td class=\"text\">");
            if (bars && column.title().equals(ReportTables.SHARE)) {
                html.append("<span class=\"bar\"><i style=\"width:")
                        .append(escape(cells.get(i))).append("\"></i></span>");
            }
            html.append(escape(cells.get(i))).append("</td>");
        }
        html.append("</tr>\n");
    }

    /** Text as HTML: {@code & < > " '} as character references. */
    static String escape(String text) {
        return Markup.escape(text);
    }
}
