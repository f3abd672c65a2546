package dev.verdict.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.verdict.analysis.Change;
import dev.verdict.simulate.ChangeTallies.ChangeTally;
import java.io.UncheckedIOException;

/**
 * The JSON format of {@code verdict diff}: one document on one line, also for equivalent
 * versions ({@code "changes":[]}). Decisions have the shape {@code verdict eval} prints;
 * money is a string in the currency's decimals. The shape is in {@code docs/diff.md}.
 */
public final class DiffJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DiffJson() {
    }

    public static String render(DiffReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("before", report.before());
        root.put("after", report.after());
        root.put("equivalent", report.equivalent());
        ArrayNode changes = root.putArray("changes");
        for (int i = 0; i < report.changes().size(); i++) {
            Change change = report.changes().get(i);
            ObjectNode node = changes.addObject();
            node.putRawValue("before", new RawValue(change.before().toJson()));
            node.putRawValue("after", new RawValue(change.after().toJson()));
            ArrayNode cases = node.putArray("cases");
            change.cases().forEach(cases::add);
            node.put("example", change.example().text());
            if (report.tallies() != null) {
                ChangeTally tally = report.tallies().get(i);
                ObjectNode history = node.putObject("history");
                history.put("count", tally.count());
                history.put("amount", report.money(tally.amount()));
                history.put("refundsBefore", report.money(tally.refundsBefore()));
                history.put("refundsAfter", report.money(tally.refundsAfter()));
            }
        }
        if (report.tallies() != null) {
            ObjectNode history = root.putObject("history");
            history.put("currency", report.currency());
            history.put("requests", report.requests());
            history.put("invalid", report.invalid());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
