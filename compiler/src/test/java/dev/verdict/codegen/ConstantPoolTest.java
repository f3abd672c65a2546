package dev.verdict.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.interp.Interpreter;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.RequestValues;
import dev.verdict.source.Schemas;
import dev.verdict.testing.RandomPolicies;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No generated class reaches the JVM's limit of 65,535 constants: helpers fill parts of a
 * bounded amount of source each. With a small budget, small policies are spread over many parts,
 * which still decide as the interpreter; the densest shapes stay under the constants per
 * character of source that the default budget assumes. The policies that overflowed one class
 * compile at full size with {@code mvn -Pslow} (minutes of javac).
 */
class ConstantPoolTest {

    /** Constants per character of helper source that {@link EvaluatorCode#CLASS_BUDGET} assumes. */
    private static final double DENSITY = 0.2;
    /** The constants of a class besides its helpers: request fields, runtime types, names. */
    private static final int OVERHEAD = 1_500;

    @TempDir
    Path out;

    @Test
    void smallPartsHoldEveryShapeAndDecideAsTheInterpreter() throws Exception {
        int budget = 6_000;
        for (String text : new String[] {simpleRules(400), distinctThresholds(600),
                longAnd(3_000), conditionalSettings(5_000)}) {
            CheckedPolicy policy = check(text);
            Path directory = out.resolve("b" + text.length());
            ClassFiles classes = ClassFiles.compile(new JavaGenerator(JavaGenerator.PLAN, budget)
                    .generate(policy, "p", "P"), directory);
            Map<String, Integer> pools = classes.constantPools();
            assertTrue(pools.keySet().stream().filter(n -> n.startsWith("P$Part")).count() > 3,
                    pools::toString);
            pools.forEach((name, size) -> assertTrue(size <= DENSITY * budget + OVERHEAD,
                    name + " has " + size + " constants"));
            assertDecidesAsTheInterpreter(policy, (Evaluator) classes.instance("p.P"));
        }
    }

    @Test
    @Tag("slow")
    void policiesThatOverflowedOneClassCompileAtFullSize() throws IOException {
        for (String text : new String[] {simpleRules(21_669), distinctThresholds(40_000),
                longAnd(100_000), conditionalSettings(40_000)}) {
            Path directory = out.resolve("f" + text.length());
            Map<String, Integer> pools = ClassFiles.compile(new JavaGenerator()
                    .generate(check(text), "p", "P"), directory).constantPools();
            int largest = pools.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            System.out.printf("%,d classes, at most %,d constants%n", pools.size(), largest);
            assertTrue(largest <= DENSITY * EvaluatorCode.CLASS_BUDGET + OVERHEAD,
                    pools::toString);
        }
    }

    /** Simple rules that each can fire (the plan drops a rule that an earlier one covers). */
    static String simpleRules(int count) {
        StringBuilder text = new StringBuilder("platform tiktok_us\n");
        for (int i = 0; i < count; i++) {
            text.append("when reason = size and amount < 80 and buyer.returns_30d = ").append(i)
                    .append(" then approve_return_label\n");
        }
        return text.toString();
    }

    static String distinctThresholds(int count) {
        StringBuilder text = new StringBuilder("platform tiktok_us\n");
        for (int i = 0; i < count; i++) {
            text.append("when amount < ").append(i + 1).append(".01 and reason = size")
                    .append(" then approve_return_label\n");
        }
        return text.toString();
    }

    static String longAnd(int terms) {
        StringBuilder text = new StringBuilder("platform tiktok_us\nwhen reason = size");
        for (int i = 0; i < terms; i++) {
            text.append(" and amount < ").append(1_000_000 - i);
        }
        return text.append(" then approve_return_label\n").toString();
    }

    static String conditionalSettings(int count) {
        StringBuilder text = new StringBuilder("platform tiktok_us\n");
        for (int i = 0; i < count; i++) {
            text.append("set return_window = ").append(1 + i % 90).append("d where amount < ")
                    .append(i + 1).append(".50\n");
        }
        return text.append("when since_delivery < return_window then approve_return_label\n")
                .toString();
    }

    private static CheckedPolicy check(String text) {
        Compilation compilation = new Compiler(Schemas.aftersale(),
                new CompilerOptions(null, false)).compile("big.policy", text, Path.of("."));
        assertNotNull(compilation.policy(), () -> compilation.diagnostics().toString());
        return compilation.policy();
    }

    private static void assertDecidesAsTheInterpreter(CheckedPolicy policy, Evaluator compiled) {
        Interpreter interpreter = new Interpreter(policy);
        RandomPolicies generator = new RandomPolicies(new Random(5));
        for (int i = 0; i < 500; i++) {
            RequestValues request = generator.request();
            assertEquals(interpreter.decide(request), compiled.decide(request), request::toString);
        }
    }
}
