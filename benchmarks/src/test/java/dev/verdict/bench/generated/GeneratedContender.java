package dev.verdict.bench.generated;

import dev.verdict.bench.Contender;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.RequestValues;

/**
 * A generated evaluator as a contender: each decision converts the request to the generated
 * typed class first (the benchmarks instead decide typed requests made before timing, through
 * {@link GeneratedEvaluator#cycle}).
 */
public record GeneratedContender(GeneratedEvaluator evaluator) implements Contender<RequestValues> {

    @Override
    public RequestValues prepare(RequestValues request) {
        return request;
    }

    @Override
    public Decision decide(RequestValues input) {
        return evaluator.decide(input);
    }
}
