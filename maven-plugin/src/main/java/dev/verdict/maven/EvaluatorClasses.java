package dev.verdict.maven;

import com.palantir.javapoet.JavaFile;
import dev.verdict.codegen.JavaGenerator;
import dev.verdict.codegen.JavaNames;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.PolicyHash;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The Java sources of a project's checked policies: the schema's request class and outcome
 * enum, one evaluator per policy, named after its file ({@code refunds.policy} gives
 * {@code RefundsPolicy}), and the registry {@code Evaluators} of them all. Two files that
 * would give one class name fail the build, naming both, rather than one silently taking
 * another name. Each evaluator exposes its policy's content hash ({@link PolicyHash}), as one
 * loaded at run time from the same files does.
 */
final class EvaluatorClasses {

    private EvaluatorClasses() {
    }

    /**
     * The sources of the policies, compiled without errors, in package {@code packageName}.
     *
     * @throws MojoFailureException when two policies would have one class name
     */
    static List<JavaFile> generate(List<Compilation> compilations, String packageName,
                                   MavenMessages messages) throws MojoFailureException {
        Map<String, Compilation> byClass = new LinkedHashMap<>();
        for (Compilation compilation : compilations) {
            CheckedPolicy policy = compilation.policy();
            String name = JavaNames.policyClass(policy.file());
            CheckedPolicy other = policy(byClass.putIfAbsent(name, compilation));
            if (other != null) {
                throw new MojoFailureException("policies " + messages.path(other.file())
                        + " and " + messages.path(policy.file()) + " would both generate class "
                        + name + ": rename one of them");
            }
        }
        JavaGenerator generator = new JavaGenerator();
        List<JavaFile> files = new ArrayList<>();
        for (Map.Entry<String, Compilation> entry : byClass.entrySet()) {
            Compilation compilation = entry.getValue();
            files.addAll(generator.generate(compilation.policy(), PolicyHash.of(compilation),
                    packageName, entry.getKey()));
        }
        if (!byClass.isEmpty()) {
            files.add(generator.registry(byClass.values().stream().map(Compilation::policy)
                    .toList(), packageName));
        }
        return files;
    }

    private static CheckedPolicy policy(Compilation compilation) {
        return compilation == null ? null : compilation.policy();
    }
}
