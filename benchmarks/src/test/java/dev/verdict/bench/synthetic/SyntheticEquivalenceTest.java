package dev.verdict.bench.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.bench.Policies;
import dev.verdict.bench.request.HandRequest;
import dev.verdict.bench.request.RequestGenerator;
import dev.verdict.interp.Interpreter;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.RequestValues;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The synthetic policies of every benchmarked size compile with Verdict (analysis included), their
 * flat Java chains compile with javac, and both decide seeded requests identically; the requests
 * reach many different rules, so the comparison means something.
 */
class SyntheticEquivalenceTest {

    private static final long SEED = 42;

    @ParameterizedTest(name = "{0} rules")
    @CsvSource({"14, 20000, 10", "100, 20000, 50", "1000, 10000, 200", "10000, 2000, 200"})
    void theFlatChainDecidesAsTheInterpreter(int size, int requests, int leastRulesReached) {
        SyntheticPolicy policy = SyntheticPolicy.generate(size, SEED);
        CheckedPolicy checked = Policies.compile("synthetic.policy", policy.text(), true);
        assertEquals(size, checked.rules().size());
        Interpreter interpreter = new Interpreter(checked);
        HandEvaluator chain = FlatChain.compile(policy);
        RequestGenerator generator = RequestGenerator.forPolicy(checked, SEED + size);
        Set<String> reached = new HashSet<>();
        for (int i = 0; i < requests; i++) {
            RequestValues request = generator.next();
            Decision expected = interpreter.decide(request);
            assertEquals(expected, chain.decide(HandRequest.of(request)), request::toString);
            reached.add(expected.rule());
        }
        assertTrue(reached.size() >= leastRulesReached,
                "only " + reached.size() + " rules decided");
    }
}
