package dev.verdict.analysis;

import java.time.Duration;

/**
 * Limits of one analysis run: the time it may take in all, and the most cubes one region may
 * split into. Past either, the analysis ends with an "analysis incomplete" note (I0901).
 */
public record AnalysisOptions(Duration timeBudget, int maxCubes) {

    public static final AnalysisOptions DEFAULT = new AnalysisOptions(Duration.ofSeconds(20), 20_000);

    public AnalysisOptions {
        if (timeBudget.isNegative() || maxCubes < 1) {
            throw new IllegalArgumentException("an analysis budget must be positive");
        }
    }
}
