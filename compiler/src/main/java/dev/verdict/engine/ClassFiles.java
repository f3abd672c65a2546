package dev.verdict.engine;

import com.palantir.javapoet.JavaFile;
import dev.verdict.codegen.JavaGenerator;
import dev.verdict.codegen.JavaNames;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.PolicyEvaluator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluators compiled once, kept as class files: they can be sent to another JVM (a Spark
 * executor) and loaded there without compiling again.
 *
 * @param classes the class files by qualified class name
 * @param evaluators the evaluator classes' qualified names, one per policy in order
 */
public record ClassFiles(Map<String, byte[]> classes, List<String> evaluators)
        implements Serializable {

    public ClassFiles {
        classes = Map.copyOf(classes);
        evaluators = List.copyOf(evaluators);
    }

    /**
     * The policies compiled in one javac run, each evaluator exposing its policy's content
     * hash, by index in {@code versionHashes} (null: unknown).
     *
     * @throws NoJavaCompilerException on a Java runtime without a compiler
     * @throws GeneratedCodeException when the generated code does not compile (a bug)
     */
    public static ClassFiles compile(List<CheckedPolicy> policies, List<String> versionHashes) {
        JavaGenerator generator = new JavaGenerator();
        List<JavaFile> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int p = 0; p < policies.size(); p++) {
            CheckedPolicy policy = policies.get(p);
            String name = JavaNames.policyClass(policy.file());
            String unique = name;
            for (int i = 2; !taken.add(unique); i++) {
                unique = name + i;
            }
            files.addAll(generator.generate(policy, versionHashes.get(p), Engines.PACKAGE,
                    unique));
            names.add(Engines.PACKAGE + "." + unique);
        }
        return new ClassFiles(InMemoryCompiler.classFiles(files), names);
    }

    /** New evaluators of the policies, in order, from classes loaded in a fresh class loader. */
    public List<PolicyEvaluator> load() {
        InMemoryCompiler.CompiledClasses loaded = InMemoryCompiler.load(classes);
        return evaluators.stream().map(n -> (PolicyEvaluator) loaded.evaluator(n)).toList();
    }
}
