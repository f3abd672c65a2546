package dev.verdict.bench;

import dev.verdict.runtime.Decision;
import dev.verdict.runtime.RequestValues;

/**
 * One implementation of a policy under test. It decides requests in its own input form
 * ({@code I}: a typed object, a map, a fact), which {@link #prepare} builds once from Verdict's
 * flat request values, before any timing; {@link #decide} is what the benchmarks time.
 */
public interface Contender<I> {

    /** This contender's own form of the request. */
    I prepare(RequestValues request);

    /** The decision for a prepared request; one of a fixed set of preallocated decisions. */
    Decision decide(I input);
}
