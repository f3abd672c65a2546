package dev.verdict.bench.generated;

import dev.verdict.runtime.Decision;
import dev.verdict.runtime.RequestValues;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A generated evaluator reached through its typed entry point, {@code decide(AftersaleRequest)}.
 * The request class is generated and loaded at run time, so a generated adapter (implementing JDK
 * interfaces: generated code compiles against the runtime module alone) does the typed work:
 * {@link #decide} converts one request and decides it; {@link #cycle} holds typed requests and
 * decides the next one on each call, as the benchmarks time it.
 */
public final class GeneratedEvaluator {

    private final Constructor<?> adapter;
    private final Function<RequestValues, Decision> single;

    GeneratedEvaluator(Constructor<?> adapter) {
        this.adapter = adapter;
        this.single = cast(instance(List.of()));
    }

    /** The decision for flat values, converted to the generated request class first. */
    public Decision decide(RequestValues values) {
        return single.apply(values);
    }

    /**
     * Typed requests made from {@code requests} (a power of two of them), decided in turn, one
     * per {@link Supplier#get()}, round and round.
     */
    public Supplier<Decision> cycle(List<RequestValues> requests) {
        if (Integer.bitCount(requests.size()) != 1) {
            throw new IllegalArgumentException("a cycle holds a power of two requests, not "
                    + requests.size());
        }
        return cast(instance(requests));
    }

    private Object instance(List<RequestValues> requests) {
        try {
            return adapter.newInstance(requests);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the generated adapter cannot be built", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object adapter) {
        return (T) adapter;
    }
}
