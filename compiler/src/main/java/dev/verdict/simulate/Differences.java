package dev.verdict.simulate;

import dev.verdict.simulate.Comparison.Change;
import dev.verdict.simulate.Comparison.Transition;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the requests a policy decides differently from its baseline. Mutable. */
final class Differences {

    private record Pair(DecisionLabel from, DecisionLabel to) {
    }

    private final int exampleCount;
    private final Map<Pair, Long> transitions = new LinkedHashMap<>();
    private final List<Change> examples = new ArrayList<>();
    private long changed;

    /** Keeps the first {@code exampleCount} changed requests as examples. */
    Differences(int exampleCount) {
        this.exampleCount = exampleCount;
    }

    /** Adds the changes of one block whose first line is {@code firstLine}; blocks in order. */
    void add(BlockChanges block, long firstLine) {
        changed += block.changed();
        for (BlockChanges.Move move : block.moves()) {
            Pair pair = new Pair(DecisionLabel.of(move.old), DecisionLabel.of(move.now));
            transitions.merge(pair, move.count, Long::sum);
        }
        for (Change change : block.examples()) {
            if (examples.size() < exampleCount) {
                examples.add(new Change(firstLine + change.line(), change.request(),
                        change.old(), change.now()));
            }
        }
    }

    /** What changed, most frequent transitions first (ties in order of appearance). */
    Comparison result(String baselineFile, BigInteger oldRefunds, BigInteger newRefunds) {
        List<Transition> sorted = new ArrayList<>();
        transitions.forEach((pair, count) ->
                sorted.add(new Transition(pair.from(), pair.to(), count)));
        sorted.sort(Comparator.comparingLong(Transition::count).reversed());
        return new Comparison(baselineFile, changed, sorted, oldRefunds, newRefunds, examples);
    }
}
