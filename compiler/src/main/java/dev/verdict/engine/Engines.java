package dev.verdict.engine;

import dev.verdict.interp.Interpreter;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.PolicyEvaluator;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Makes evaluators of checked policies with either engine. The compiled engine generates Java,
 * compiles it in memory and loads it; several policies compile in one javac run, which is much
 * faster than one run each.
 */
public final class Engines {

    /** The package of classes compiled in memory. */
    static final String PACKAGE = "verdict.compiled";

    private Engines() {
    }

    /**
     * An evaluator of the policy.
     *
     * @throws NoJavaCompilerException for {@link Engine#COMPILED} on a Java runtime without a
     * compiler
     */
    public static Evaluator create(CheckedPolicy policy, Engine engine) {
        return engine == Engine.INTERPRETED ? new Interpreter(policy)
                : compile(List.of(policy)).get(0);
    }

    /**
     * Evaluators of the policies, in order, by {@code engine}: compiled in one javac run, or
     * interpreted. On a Java runtime without a compiler the compiled engine falls back to the
     * interpreter, first passing the reason to {@code fallback} (to say so in one line).
     *
     * @throws GeneratedCodeException when the generated code does not compile (a bug)
     */
    public static List<Evaluator> evaluators(List<CheckedPolicy> policies, Engine engine,
                                             Consumer<String> fallback) {
        if (engine == Engine.COMPILED && !policies.isEmpty()) {
            try {
                return List.copyOf(compile(policies));
            } catch (NoJavaCompilerException e) {
                fallback.accept(e.getMessage());
            }
        }
        return policies.stream().<Evaluator>map(Interpreter::new).toList();
    }

    /**
     * Compiled evaluators of the policies, in order, from one javac run.
     *
     * @throws NoJavaCompilerException on a Java runtime without a compiler
     * @throws GeneratedCodeException when the generated code does not compile (a bug)
     */
    public static List<PolicyEvaluator> compile(List<CheckedPolicy> policies) {
        return compile(policies, Collections.nCopies(policies.size(), null));
    }

    /**
     * As {@link #compile(List)}, each evaluator exposing its policy's content hash, by index in
     * {@code versionHashes} (null: unknown).
     */
    public static List<PolicyEvaluator> compile(List<CheckedPolicy> policies,
                                                List<String> versionHashes) {
        return ClassFiles.compile(policies, versionHashes).load();
    }
}
