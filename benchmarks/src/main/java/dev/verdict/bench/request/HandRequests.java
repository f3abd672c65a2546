package dev.verdict.bench.request;

import dev.verdict.runtime.RequestValues;
import java.util.List;

/**
 * Typed requests for hand-written code, taken in turn, one per call, round and round: the same
 * shape as the generated evaluator's cycle ({@code GeneratedEvaluator#cycle}), so both pay the
 * same for getting the next request. Not thread-safe.
 */
public final class HandRequests {

    private final HandRequest[] requests;
    private final int mask;
    private int next;

    /** The typed form of {@code values}, a power of two of them. */
    public HandRequests(List<RequestValues> values) {
        if (Integer.bitCount(values.size()) != 1) {
            throw new IllegalArgumentException("a cycle holds a power of two requests, not "
                    + values.size());
        }
        requests = values.stream().map(HandRequest::of).toArray(HandRequest[]::new);
        mask = requests.length - 1;
    }

    public HandRequest next() {
        return requests[next++ & mask];
    }
}
