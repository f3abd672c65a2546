package dev.verdict.cli;

import dev.verdict.analysis.AnalysisOptions;
import java.time.Duration;

/**
 * A command's total time limit ({@code check --time-limit}), from its start: checking,
 * analysing and printing all count. The analysis of each file gets what is left, at most its
 * own budget; past the limit no further file is checked and no further diagnostic printed.
 */
final class TimeLimit {

    private final Duration limit;
    private final long deadline;

    private TimeLimit(Duration limit) {
        this.limit = limit;
        this.deadline = System.nanoTime() + limit.toNanos();
    }

    /** A limit of {@code seconds} (fractions allowed) from now. */
    static TimeLimit seconds(double seconds) {
        if (!(seconds >= 0) || seconds > Duration.ofDays(365).toSeconds()) {
            throw new IllegalArgumentException("--time-limit must be between 0 and a year of "
                    + "seconds");
        }
        return new TimeLimit(Duration.ofNanos(Math.round(seconds * 1e9)));
    }

    boolean up() {
        return System.nanoTime() - deadline >= 0;
    }

    /** The default analysis budget, or what is left of the limit when that is less. */
    AnalysisOptions analysis() {
        AnalysisOptions standard = AnalysisOptions.DEFAULT;
        Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        return left.compareTo(standard.timeBudget()) >= 0 ? standard
                : new AnalysisOptions(left, standard.maxCubes(), standard.searchFrom());
    }

    /** What was cut: files not checked, diagnostics not printed; and how to raise the limit. */
    String cut(int checked, int files, int shown, int found) {
        return "output cut: `check` reached its time limit of " + seconds() + " after checking "
                + checked + " of " + files + " files and printing " + shown + " of " + found
                + " diagnostics; raise the limit with `--time-limit SECONDS`";
    }

    private String seconds() {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
    }
}
