package dev.verdict.bench.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.bench.Policies;
import dev.verdict.bench.generated.GeneratedEvaluators;
import dev.verdict.bench.generated.GeneratedEvaluator;
import dev.verdict.bench.request.HandRequest;
import dev.verdict.bench.request.RequestGenerator;
import dev.verdict.bench.synthetic.SyntheticPolicy.Shape;
import dev.verdict.interp.Interpreter;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.RequestValues;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The synthetic policies of every benchmarked size compile with Verdict (with analysis up to 1,000
 * rules; the compile benchmark shows it at 10,000, where it takes seconds), to generated
 * evaluators too, their flat Java chains compile with javac, and all three decide seeded requests
 * identically; the requests reach many different rules, so the comparison means something.
 */
class SyntheticEquivalenceTest {

    private static final long SEED = 42;

    @ParameterizedTest(name = "{0} rules")
    @CsvSource({"14, true, 20000, 10", "100, true, 20000, 50", "1000, true, 10000, 200",
        "10000, false, 2000, 200"})
    void theGeneratedEvaluatorAndTheFlatChainDecideAsTheInterpreter(int size, boolean analyse,
            int requests, int leastRulesReached) {
        assertAllAgree(Shape.MIXED, size, analyse, requests, leastRulesReached);
    }

    /**
     * The shapes enum dispatch cannot narrow: searched by amount bands, optional fields. Rules on
     * optional fields shadow one another more (the first that tests a field's absence takes
     * every request without it), so fewer of them decide a request.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"AMOUNT_BANDS, 100", "OPTIONAL_FIELDS, 30"})
    void theShapesThatDefeatEnumDispatchDecideAsTheInterpreter(Shape shape,
            int leastRulesReached) {
        assertAllAgree(shape, 1_000, false, 10_000, leastRulesReached);
    }

    private static void assertAllAgree(Shape shape, int size, boolean analyse, int requests,
            int leastRulesReached) {
        SyntheticPolicy policy = SyntheticPolicy.generate(shape, size, SEED);
        CheckedPolicy checked = Policies.compile("synthetic.policy", policy.text(), analyse);
        assertEquals(size, checked.rules().size());
        Interpreter interpreter = new Interpreter(checked);
        HandEvaluator chain = FlatChain.compile(policy);
        GeneratedEvaluator generated = GeneratedEvaluators.compile(checked);
        RequestGenerator generator = RequestGenerator.forPolicy(checked, SEED + size);
        Set<String> reached = new HashSet<>();
        for (int i = 0; i < requests; i++) {
            RequestValues request = generator.next();
            Decision expected = interpreter.decide(request);
            assertEquals(expected, chain.decide(HandRequest.of(request)), request::toString);
            assertEquals(expected, generated.decide(request), request::toString);
            reached.add(expected.rule());
        }
        assertTrue(reached.size() >= leastRulesReached,
                "only " + reached.size() + " rules decided");
    }
}
