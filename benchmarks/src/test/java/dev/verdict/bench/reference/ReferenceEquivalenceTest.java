package dev.verdict.bench.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.bench.Contender;
import dev.verdict.bench.EvaluatorContender;
import dev.verdict.bench.generated.GeneratedContender;
import dev.verdict.bench.generated.GeneratedEvaluators;
import dev.verdict.bench.request.RequestGenerator;
import dev.verdict.interp.Interpreter;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.RequestValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every implementation of the reference policy decides 100,000 seeded random requests exactly as
 * Verdict's interpreter does: the same outcome, arguments, rule, line and source. The requests
 * reach every rule (checked), so a peer that got one rule wrong cannot pass.
 */
class ReferenceEquivalenceTest {

    private static final int REQUESTS = 100_000;
    private static final long SEED = 20_261_121L;
    /** Each rule, the guard and {@code otherwise} decide at least this many of the requests. */
    private static final int LEAST_PER_RULE = 100;
    private static final int EXAMPLES = 5;

    @Test
    void everyImplementationDecidesAsTheInterpreter() {
        CheckedPolicy policy = ReferencePolicy.checked();
        EvaluatorContender interpreter = new EvaluatorContender(new Interpreter(policy));
        try (DroolsReference drools = new DroolsReference()) {
            Map<String, Contender<?>> peers = new LinkedHashMap<>();
            peers.put("generated", new GeneratedContender(GeneratedEvaluators.compile(policy)));
            peers.put("hand-written", new HandWrittenReference());
            peers.put("CEL", new CelReference());
            peers.put("Easy Rules", new EasyRulesReference());
            peers.put("Drools", drools);
            Map<String, List<String>> mismatches = new LinkedHashMap<>();
            Map<Decision, Integer> decided = new HashMap<>();
            RequestGenerator requests = RequestGenerator.forPolicy(policy, SEED);
            for (int i = 0; i < REQUESTS; i++) {
                RequestValues request = requests.next();
                Decision expected = interpreter.decide(request);
                decided.merge(expected, 1, Integer::sum);
                peers.forEach((name, peer) -> {
                    Decision actual = decide(peer, request);
                    if (!actual.equals(expected)) {
                        mismatches.computeIfAbsent(name, n -> new ArrayList<>())
                                .add(request + ": expected " + expected + ", got " + actual);
                    }
                });
            }
            assertTrue(mismatches.isEmpty(), () -> report(mismatches));
            for (Decision decision : ReferenceDecisions.ALL) {
                int count = decided.getOrDefault(decision, 0);
                assertTrue(count >= LEAST_PER_RULE, () -> decision.rule() + " decided only "
                        + count + " requests of " + REQUESTS + ": " + decided);
            }
            assertEquals(ReferenceDecisions.ALL.size(), decided.size(),
                    () -> "the interpreter made decisions the hand-written list lacks: " + decided);
        }
    }

    private static <I> Decision decide(Contender<I> contender, RequestValues request) {
        return contender.decide(contender.prepare(request));
    }

    private static String report(Map<String, List<String>> mismatches) {
        StringBuilder text = new StringBuilder("implementations disagree with the interpreter:");
        mismatches.forEach((name, list) -> {
            text.append("\n").append(name).append(": ").append(list.size()).append(" requests");
            list.stream().limit(EXAMPLES).forEach(m -> text.append("\n  ").append(m));
        });
        return text.toString();
    }
}
