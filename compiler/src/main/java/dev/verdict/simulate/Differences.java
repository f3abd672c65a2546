package dev.verdict.simulate;

import dev.verdict.runtime.Decision;
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

    /** Notes the request on history {@code line} if its decision changed. */
    void record(long line, String request, Decision old, Decision now) {
        DecisionLabel from = DecisionLabel.of(old);
        DecisionLabel to = DecisionLabel.of(now);
        if (from.equals(to)) {
            return;
        }
        changed++;
        transitions.merge(new Pair(from, to), 1L, Long::sum);
        if (examples.size() < exampleCount) {
            examples.add(new Change(line, request, old, now));
        }
    }

    /** What changed, most frequent transitions first (ties in order of appearance). */
    Comparison result(String baseline, BigInteger oldRefunds, BigInteger newRefunds) {
        List<Transition> sorted = new ArrayList<>();
        transitions.forEach((pair, count) ->
                sorted.add(new Transition(pair.from(), pair.to(), count)));
        sorted.sort(Comparator.comparingLong(Transition::count).reversed());
        return new Comparison(baseline, changed, sorted, oldRefunds, newRefunds, examples);
    }
}
