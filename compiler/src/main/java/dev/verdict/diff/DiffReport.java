package dev.verdict.diff;

import dev.verdict.analysis.Change;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Money;
import dev.verdict.simulate.ChangeTallies.ChangeTally;
import dev.verdict.simulate.DecisionLabel;
import java.util.List;

/**
 * What {@code verdict diff} reports: the two files, the changes from the first to the second
 * and, with a history, a tally per change (aligned with the changes), the requests replayed
 * and the invalid lines skipped. Money prints in the currency's decimals.
 */
public record DiffReport(String before, String after, List<Change> changes, String currency,
                         int decimals, List<ChangeTally> tallies, long requests, long invalid) {

    /** How many cases of a region the human and Markdown formats show. */
    static final int CASES_SHOWN = 5;

    public DiffReport {
        changes = List.copyOf(changes);
        tallies = tallies == null ? null : List.copyOf(tallies);
    }

    /** A report without a history. */
    public DiffReport(String before, String after, List<Change> changes, String currency,
                      int decimals) {
        this(before, after, changes, currency, decimals, null, 0, 0);
    }

    public boolean equivalent() {
        return changes.isEmpty();
    }

    /** {@code manual_review, tag(velocity)}: what a decision does. */
    static String effect(Decision decision) {
        return DecisionLabel.of(decision).text();
    }

    /** Who decided: a rule or guard by name, or {@code default} for the fallback. */
    static String decider(Decision decision) {
        return decision.rule() == null ? decision.source().word() : decision.rule();
    }

    String money(long minorUnits) {
        return Money.format(minorUnits, decimals);
    }

    /** {@code 3 requests, amount 120.00 USD, refunds 120.00 → 0.00 USD}. */
    String tallyText(ChangeTally tally) {
        return tally.count() + (tally.count() == 1 ? " request" : " requests") + ", amount "
                + money(tally.amount()) + " " + currency + ", refunds "
                + money(tally.refundsBefore()) + " → " + money(tally.refundsAfter()) + " "
                + currency;
    }

    /** {@code 40 requests replayed} and the invalid lines skipped, if any. */
    String historyText() {
        return requests + " requests replayed"
                + (invalid == 0 ? "" : "; " + invalid + " invalid lines skipped");
    }

    /** The cases shown, and how many more there are (0 when all are shown). */
    static List<String> shownCases(Change change) {
        List<String> cases = change.cases();
        return cases.size() <= CASES_SHOWN ? cases : cases.subList(0, CASES_SHOWN);
    }

    static int moreCases(Change change) {
        return Math.max(0, change.cases().size() - CASES_SHOWN);
    }
}
