package dev.verdict.bench;

import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.RequestValues;

/** A Verdict {@link Evaluator} (the interpreter, a generated class) as a contender. */
public record EvaluatorContender(Evaluator evaluator) implements Contender<RequestValues> {

    @Override
    public RequestValues prepare(RequestValues request) {
        return request;
    }

    @Override
    public Decision decide(RequestValues input) {
        return evaluator.decide(input);
    }
}
