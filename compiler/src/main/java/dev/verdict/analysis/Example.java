package dev.verdict.analysis;

import dev.verdict.runtime.RequestValues;

/**
 * A concrete request that shows a finding: its values, and the same request in DSL assignment
 * syntax ({@code request = cancel, amount = 10.00, since_delivery is absent}) naming only the
 * fields that matter; every other field may take any value (the values chosen for them are
 * the defaults {@link Examples} documents).
 */
public record Example(RequestValues request, String text) {
}
