package dev.verdict.simulate;

import dev.verdict.analysis.Change;
import dev.verdict.interp.Decisions;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Rule;
import dev.verdict.runtime.RequestParser;
import java.nio.charset.StandardCharsets;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.InvalidRequestException;
import dev.verdict.runtime.RequestReader;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Field;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Past requests counted against the changes of a policy diff: for each change, how many
 * requests of a history fall in its region, their amount, and what the two versions refund for
 * them. Lines that are not valid requests (for either version) are counted and skipped.
 * Mutable: replay a history, then read the tallies.
 */
public final class ChangeTallies {

    /** What the requests of one change's region amount to, in minor units. */
    public record ChangeTally(long count, long amount, long refundsBefore, long refundsAfter) {
    }

    private final List<Change> changes;
    private final RequestParser parser;
    private final int amountField;
    private final Map<Decision, Rule> rules = new HashMap<>();
    private final CheckedPolicy after;
    private final long[][] sums;
    private long requests;
    private long invalid;

    public ChangeTallies(CheckedPolicy before, CheckedPolicy after, List<Change> changes) {
        if (!before.currency().equals(after.currency())) {
            throw new IllegalArgumentException("the versions' currencies differ, "
                    + before.currency() + " and " + after.currency()
                    + ": their money cannot be counted together");
        }
        this.changes = changes;
        this.after = after;
        Field amount = after.schema().amountField().orElseThrow(() ->
                new IllegalArgumentException("schema " + after.schema().name()
                        + " names no amount field, so there is no money to count"));
        this.amountField = amount.index();
        this.parser = Simulator.reader(after, before, amount).reader().parser();
        for (CheckedPolicy policy : List.of(before, after)) {
            policy.decisionOrder().forEach(rule -> rules.put(Decisions.of(rule), rule));
        }
        this.sums = new long[changes.size()][4];
    }

    /** Counts every non-blank line of {@code history}. */
    public void replay(BufferedReader history) throws IOException {
        for (String line = history.readLine(); line != null; line = history.readLine()) {
            if (!line.isBlank()) {
                replay(line);
            }
        }
    }

    private void replay(String json) {
        RequestValues request;
        try {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            request = parser.read(bytes, 0, bytes.length);
        } catch (InvalidRequestException e) {
            invalid++;
            return;
        }
        requests++;
        long amount = request.isPresent(amountField) ? request.value(amountField) : 0;
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            if (change.contains(request)) {
                long[] sum = sums[i];
                sum[0]++;
                sum[1] += amount;
                sum[2] += refund(change.before(), amount);
                sum[3] += refund(change.after(), amount);
                return;
            }
        }
    }

    private long refund(Decision decision, long amount) {
        Rule rule = rules.get(decision);
        if (rule == null) {
            var fallback = after.schema().outcome(decision.outcome()).orElseThrow();
            return Refunds.of(fallback, List.of(), amount);
        }
        return Refunds.of(rule.outcome().outcome(), rule.outcome().args(), amount);
    }

    /** One tally per change, in the order of the changes. */
    public List<ChangeTally> tallies() {
        List<ChangeTally> tallies = new ArrayList<>();
        for (long[] sum : sums) {
            tallies.add(new ChangeTally(sum[0], sum[1], sum[2], sum[3]));
        }
        return tallies;
    }

    /** The valid requests replayed. */
    public long requests() {
        return requests;
    }

    /** The lines that were not valid requests. */
    public long invalid() {
        return invalid;
    }
}
