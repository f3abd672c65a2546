package dev.verdict.bench;

import dev.verdict.runtime.RequestValues;
import java.util.List;

/**
 * A fixed set of prepared requests that benchmarks take in turn, one per invocation, so that
 * branch predictors see a realistic mix rather than one request over and over. Holds
 * {@value #SIZE} requests; not thread-safe (one per benchmark thread).
 */
public final class RequestCycle<I> {

    /** How many requests a cycle holds: a power of two. */
    public static final int SIZE = 1024;
    /** The seed of the benchmarks' requests. */
    public static final long SEED = 20_261_121L;

    private final Object[] inputs;
    private int next;

    private RequestCycle(Object[] inputs) {
        this.inputs = inputs;
    }

    /** The contender's own form of each request; {@code requests} holds {@value #SIZE}. */
    public static <I> RequestCycle<I> of(Contender<I> contender, List<RequestValues> requests) {
        if (requests.size() != SIZE) {
            throw new IllegalArgumentException("a cycle takes " + SIZE + " requests, not "
                    + requests.size());
        }
        return new RequestCycle<>(requests.stream().map(contender::prepare).toArray());
    }

    /**
     * Runs a full collection, which compacts the heap: called at the end of each benchmark's
     * setup, so that every implementation's prepared requests lie together in the order they
     * were made, whatever garbage their preparation left between them.
     */
    public static void compactHeap() {
        System.gc();
    }

    /** The next request, round and round. */
    @SuppressWarnings("unchecked")
    public I next() {
        return (I) inputs[next++ & (SIZE - 1)];
    }
}
