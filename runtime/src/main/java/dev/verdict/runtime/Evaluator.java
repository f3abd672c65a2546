package dev.verdict.runtime;

/**
 * Decides requests with one policy. Implementations (generated classes and the reference
 * interpreter) are immutable and thread-safe.
 */
public interface Evaluator {

    /** Decides a request given as values by schema field index; the result is never null. */
    Decision decide(RequestValues request);
}
