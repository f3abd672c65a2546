package dev.verdict.coverage;

import dev.verdict.runtime.Source;
import java.util.List;

/**
 * How often a guard, rule or {@code otherwise} (or, {@code source} {@code default}, the
 * schema's fallback, line 0) was reached (its condition evaluated) and decided, and the
 * requests it decided, by label (test names; empty for unlabelled requests).
 */
public record RuleCoverage(String name, String file, int line, Source source, long reached,
                           long decided, List<String> requests) {

    public RuleCoverage {
        requests = List.copyOf(requests);
    }
}
