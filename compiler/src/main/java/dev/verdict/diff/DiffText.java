package dev.verdict.diff;

import dev.verdict.analysis.Change;
import java.util.List;

/**
 * The human format of {@code verdict diff}: a heading, then each change as
 * {@code OLD by RULE → NEW by RULE}, the region ({@code where}, one case per line) and an
 * example request ({@code e.g.}). Equivalent versions print nothing.
 */
public final class DiffText {

    private DiffText() {
    }

    public static String render(DiffReport report) {
        if (report.equivalent()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int count = report.changes().size();
        out.append(report.before()).append(" → ").append(report.after()).append(": ")
                .append(count).append(count == 1 ? " change" : " changes");
        if (report.tallies() != null) {
            out.append(" (").append(report.historyText()).append(')');
        }
        out.append('\n');
        for (int i = 0; i < count; i++) {
            Change change = report.changes().get(i);
            out.append('\n').append(i + 1).append(". ")
                    .append(DiffReport.effect(change.before())).append(" by ")
                    .append(DiffReport.decider(change.before())).append(" → ")
                    .append(DiffReport.effect(change.after())).append(" by ")
                    .append(DiffReport.decider(change.after())).append('\n');
            List<String> cases = DiffReport.shownCases(change);
            for (int c = 0; c < cases.size(); c++) {
                out.append(c == 0 ? "   where " : "      or ").append(cases.get(c)).append('\n');
            }
            int more = DiffReport.moreCases(change);
            if (more > 0) {
                out.append("      or ").append(more).append(" more cases\n");
            }
            out.append("   e.g. ").append(change.example().text()).append('\n');
            if (report.tallies() != null) {
                out.append("   history: ").append(report.tallyText(report.tallies().get(i)))
                        .append('\n');
            }
        }
        return out.toString();
    }
}
