package dev.verdict.simulate;

import dev.verdict.simulate.Simulation.InvalidLine;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What one block of history found, before it is merged in history order: its line count, its
 * invalid lines (numbered by index in the block), the counts per decider of the policy and of
 * the baseline, and the changes. Mutable while its block is replayed; serializable, to come back
 * from another machine.
 */
public final class ReplayBlock implements Serializable {

    private static final long serialVersionUID = 1L;

    final DeciderCounts policy;
    final DeciderCounts baseline;
    final BlockChanges changes;
    final List<InvalidLine> invalidLines = new ArrayList<>();
    long invalid;
    int lines;

    ReplayBlock(DeciderCounts policy, DeciderCounts baseline, BlockChanges changes) {
        this.policy = policy;
        this.baseline = baseline;
        this.changes = changes;
    }

    /** How many lines the block had, blank and invalid ones included. */
    public int lines() {
        return lines;
    }

    void invalid(int index, String message, String field) {
        invalid++;
        if (invalidLines.size() < Simulator.INVALID_SHOWN) {
            invalidLines.add(new InvalidLine(index, message, field));
        }
    }
}
