package dev.verdict.analysis;

import java.time.Duration;

/**
 * Limits of one analysis run: the time it may take in all, and the most cubes one region may
 * split into (past either, the analysis ends with an "analysis incomplete" note, I0901); and
 * from how many cubes a rule's reach is searched for on demand rather than computed whole
 * (docs/analysis.md explains the two strategies; 1 searches always).
 */
public record AnalysisOptions(Duration timeBudget, int maxCubes, int searchFrom) {

    private static final int DEFAULT_SEARCH_FROM = 2_000;

    public static final AnalysisOptions DEFAULT =
            new AnalysisOptions(Duration.ofSeconds(20), 20_000);

    public AnalysisOptions {
        if (timeBudget.isNegative() || maxCubes < 1 || searchFrom < 1) {
            throw new IllegalArgumentException("an analysis budget must be positive");
        }
    }

    /** This budget of time and cubes, searching from the default size. */
    public AnalysisOptions(Duration timeBudget, int maxCubes) {
        this(timeBudget, maxCubes, DEFAULT_SEARCH_FROM);
    }
}
