package dev.verdict.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.engine.Engine;
import dev.verdict.engine.Engines;
import dev.verdict.interp.Interpreter;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.RequestValues;
import dev.verdict.testing.RandomPolicies;
import dev.verdict.testing.ReferencePolicy;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A large plan tests a condition it copies into several cells and bands through one
 * {@code when} method; a small plan writes every test in line.
 */
class SharedConditionsTest {

    private static final Pattern WHEN_METHOD = Pattern.compile("static boolean (when\\d+)\\(");

    @Test
    void aLargePlanWritesEachSharedConditionOnceAndCallsItFromSeveralPlaces() {
        CheckedPolicy policy = SyntheticPolicy.build(1_000, 5);
        String source = new JavaGenerator().evaluator(policy, null, "shared", "Shared")
                .toString();
        Matcher methods = WHEN_METHOD.matcher(source);
        int count = 0;
        while (methods.find()) {
            String calls = "(?<![a-z])" + methods.group(1) + "\\(r";
            assertTrue(Pattern.compile(calls).matcher(source).results().count() >= 2,
                    methods.group(1) + " is called from one place only");
            count++;
        }
        assertTrue(count > 100, "only " + count + " shared conditions");
    }

    @Test
    void aLargePlanWithSharedConditionsDecidesAsTheInterpreter() {
        CheckedPolicy policy = SyntheticPolicy.build(1_000, 7);
        Evaluator compiled = Engines.create(policy, Engine.COMPILED);
        Interpreter interpreter = new Interpreter(policy);
        RandomPolicies requests = new RandomPolicies(new Random(5));
        for (int i = 0; i < 5_000; i++) {
            RequestValues request = requests.request();
            assertEquals(interpreter.decide(request), compiled.decide(request), request::toString);
        }
    }

    @Test
    void aSmallPlanWritesEveryTestInLine() {
        String source = new JavaGenerator().evaluator(ReferencePolicy.build(), null, "shared",
                "Small").toString();
        assertFalse(WHEN_METHOD.matcher(source).find(), source);
    }
}
