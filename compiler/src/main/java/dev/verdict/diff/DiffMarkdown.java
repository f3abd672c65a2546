package dev.verdict.diff;

import dev.verdict.analysis.Change;
import java.util.List;

/**
 * The Markdown format of {@code verdict diff}, for a pull-request comment: a heading, then one
 * table row per change (before, after, the region's cases, an example request and, with a
 * history, what it counted). Code spans keep policy text literal; a {@code |} in it is escaped
 * for the table. Equivalent versions print nothing, so CI can skip the comment.
 */
public final class DiffMarkdown {

    private DiffMarkdown() {
    }

    public static String render(DiffReport report) {
        if (report.equivalent()) {
            return "";
        }
        int count = report.changes().size();
        boolean history = report.tallies() != null;
        StringBuilder out = new StringBuilder("### Policy diff: `").append(report.before())
                .append("` → `").append(report.after()).append("`\n\n")
                .append(count).append(count == 1 ? " region of requests changes"
                        : " regions of requests change").append(" decision")
                .append(history ? " (" + report.historyText() + ")" : "").append(".\n\n")
                .append("| # | before | after | requests | example |")
                .append(history ? " history |" : "").append('\n')
                .append("|---|---|---|---|---|").append(history ? "---|" : "").append('\n');
        for (int i = 0; i < count; i++) {
            Change change = report.changes().get(i);
            out.append("| ").append(i + 1)
                    .append(" | ").append(code(DiffReport.effect(change.before())))
                    .append(" by ").append(code(DiffReport.decider(change.before())))
                    .append(" | ").append(code(DiffReport.effect(change.after())))
                    .append(" by ").append(code(DiffReport.decider(change.after())))
                    .append(" | ").append(cases(change))
                    .append(" | ").append(code(change.example().text())).append(" |");
            if (history) {
                out.append(' ').append(report.tallyText(report.tallies().get(i))).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String cases(Change change) {
        List<String> shown = DiffReport.shownCases(change).stream().map(DiffMarkdown::code)
                .toList();
        int more = DiffReport.moreCases(change);
        return String.join("<br>or ", shown) + (more > 0 ? "<br>or " + more + " more cases" : "");
    }

    private static String code(String text) {
        return "`" + text.replace("|", "\\|") + "`";
    }
}
