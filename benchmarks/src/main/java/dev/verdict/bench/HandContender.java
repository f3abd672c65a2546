package dev.verdict.bench;

import dev.verdict.bench.request.HandRequest;
import dev.verdict.bench.synthetic.HandEvaluator;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.RequestValues;

/** A {@link HandEvaluator} (a compiled flat chain) as a contender over typed requests. */
public record HandContender(HandEvaluator evaluator) implements Contender<HandRequest> {

    @Override
    public HandRequest prepare(RequestValues request) {
        return HandRequest.of(request);
    }

    @Override
    public Decision decide(HandRequest input) {
        return evaluator.decide(input);
    }
}
