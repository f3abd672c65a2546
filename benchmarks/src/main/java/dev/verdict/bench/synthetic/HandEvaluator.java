package dev.verdict.bench.synthetic;

import dev.verdict.bench.request.HandRequest;
import dev.verdict.runtime.Decision;

/** A hand-written-style evaluator over typed requests: what {@link FlatChain} compiles to. */
public interface HandEvaluator {

    Decision decide(HandRequest request);
}
