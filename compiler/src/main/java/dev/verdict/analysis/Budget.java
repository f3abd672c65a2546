package dev.verdict.analysis;

/**
 * What one analysis may spend: a deadline for the whole run, and a cap on the cubes one region
 * may split into (conditions whose cases multiply). Region operations call {@link #tick()} and
 * {@link #checkSize(int)}; exceeding either throws {@link Exhausted}, which the analysis turns
 * into an "analysis incomplete" note instead of hanging or running out of memory.
 */
final class Budget {

    private final long deadline;
    private final int maxCubes;
    private int ticks;

    Budget(long deadlineNanos, int maxCubes) {
        this.deadline = deadlineNanos;
        this.maxCubes = maxCubes;
    }

    void tick() {
        if ((++ticks & 255) == 0 && System.nanoTime() - deadline > 0) {
            throw new Exhausted(true);
        }
    }

    void checkSize(int cubes) {
        if (cubes > maxCubes) {
            throw new Exhausted(false);
        }
    }

    int maxCubes() {
        return maxCubes;
    }

    /** The budget ran out: the time ({@code timeUp}) or the size of one region. */
    static final class Exhausted extends RuntimeException {
        private final boolean timeUp;

        Exhausted(boolean timeUp) {
            super(timeUp ? "time budget exhausted" : "region size budget exhausted", null,
                    false, false);
            this.timeUp = timeUp;
        }

        boolean timeUp() {
            return timeUp;
        }
    }
}
