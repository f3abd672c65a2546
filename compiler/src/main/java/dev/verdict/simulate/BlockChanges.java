package dev.verdict.simulate;

import dev.verdict.runtime.Decision;
import dev.verdict.simulate.Comparison.Change;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The requests of one block of history whose decision changed against the baseline: counted
 * by the pair of deciders (baseline's, policy's) in order of first appearance, and the first
 * few kept as examples with their line index in the block. Mutable.
 */
final class BlockChanges implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Requests that went from one baseline decider's decision to one policy decider's. */
    static final class Move implements Serializable {
        private static final long serialVersionUID = 1L;

        final Decision old;
        final Decision now;
        long count;

        Move(Decision old, Decision now) {
            this.old = old;
            this.now = now;
        }
    }

    private final int exampleCount;
    private final int policyDeciders;
    private final Map<Long, Move> moves = new LinkedHashMap<>();
    private final List<Change> examples = new ArrayList<>();
    private long changed;

    BlockChanges(int exampleCount, int policyDeciders) {
        this.exampleCount = exampleCount;
        this.policyDeciders = policyDeciders;
    }

    /** A changed request on line {@code index} of the block; its text is asked for if kept. */
    void record(int index, int from, int to, Decision old, Decision now,
                Supplier<String> request) {
        changed++;
        moves.computeIfAbsent((long) from * policyDeciders + to, key -> new Move(old, now))
                .count++;
        if (examples.size() < exampleCount) {
            examples.add(new Change(index, request.get(), old, now));
        }
    }

    long changed() {
        return changed;
    }

    Iterable<Move> moves() {
        return moves.values();
    }

    /** The kept changes; their {@code line} is the index in the block. */
    List<Change> examples() {
        return examples;
    }
}
