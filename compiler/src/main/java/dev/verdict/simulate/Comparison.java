package dev.verdict.simulate;

import dev.verdict.runtime.Decision;
import java.io.Serializable;
import java.math.BigInteger;
import java.util.List;

/**
 * How a policy decides the replayed requests differently from a baseline (usually the version
 * before an edit). A decision changed when its outcome, arguments or obligations differ; a new
 * rule name for the same decision is no change. Money in minor units.
 *
 * @param baseline the baseline policy file, as named on the command line
 * @param changed how many requests got a different decision
 * @param transitions the changed decisions by old and new decision, most frequent first
 * @param oldRefunds the money the baseline's decisions pay back, all requests
 * @param newRefunds the money the policy's decisions pay back, all requests
 * @param examples the first requests whose decision changed, in history order
 */
public record Comparison(String baseline, long changed, List<Transition> transitions,
                         BigInteger oldRefunds, BigInteger newRefunds, List<Change> examples) {

    public Comparison {
        transitions = List.copyOf(transitions);
        examples = List.copyOf(examples);
    }

    /** What the policy pays back more (positive) or less than the baseline. */
    public BigInteger difference() {
        return newRefunds.subtract(oldRefunds);
    }

    /** How many changed decisions went from one decision to another. */
    public record Transition(DecisionLabel from, DecisionLabel to, long count) {
    }

    /**
     * A request whose decision changed: its history line (1-based), its JSON text as read,
     * the baseline's decision and the policy's.
     */
    public record Change(long line, String request, Decision old, Decision now)
            implements Serializable {

        /** One line of JSON: {@code {"line":3,"request":{...},"old":{...},"new":{...}}}. */
        public String toJson() {
            return "{\"line\":" + line + ",\"request\":" + request + ",\"old\":" + old.toJson()
                    + ",\"new\":" + now.toJson() + "}";
        }
    }
}
