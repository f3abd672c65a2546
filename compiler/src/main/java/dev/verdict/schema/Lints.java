package dev.verdict.schema;

import java.util.List;

/**
 * What the risk lints need to know of a schema: the field that bounds an approval (W0404),
 * the outcomes that need such a bound, the refunds that need a velocity guard (W0405) and
 * the fields that count as one, and the outcome of the implicit fallback. {@code boundedBy} is
 * null when no outcome needs a bound.
 */
public record Lints(String boundedBy, List<String> unboundedApprovals, List<String> velocityGuarded,
                    List<String> velocityFields, String fallback) {

    /** No lints and no fallback: a schema still being checked. */
    public static final Lints NONE = new Lints(null, List.of(), List.of(), List.of(), null);

    public Lints {
        unboundedApprovals = List.copyOf(unboundedApprovals);
        velocityGuarded = List.copyOf(velocityGuarded);
        velocityFields = List.copyOf(velocityFields);
    }
}
