package dev.verdict.bench.reference;

/**
 * Where a rule engine's consequence records which rule fired: its position in first-match order
 * ({@link ReferenceDecisions#ALL}). One per engine instance; not thread-safe, like the sessions
 * that write it.
 */
public final class FiredRule {

    /** No rule has fired. */
    public static final int NONE = -1;

    private int position = NONE;

    public void fire(int rulePosition) {
        position = rulePosition;
    }

    public void reset() {
        position = NONE;
    }

    /** The position of the rule that fired; throws when none did. */
    public int position() {
        if (position == NONE) {
            throw new IllegalStateException("no rule fired, not even `otherwise`");
        }
        return position;
    }
}
