package dev.verdict.maven;

import com.palantir.javapoet.JavaFile;
import dev.verdict.codegen.JavaGenerator;
import dev.verdict.codegen.JavaNames;
import dev.verdict.ir.CheckedPolicy;
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
 * another name.
 */
final class EvaluatorClasses {

    private EvaluatorClasses() {
    }

    /**
     * The sources of the policies in package {@code packageName}.
     *
     * @throws MojoFailureException when two policies would have one class name
     */
    static List<JavaFile> generate(List<CheckedPolicy> policies, String packageName,
                                   MavenMessages messages) throws MojoFailureException {
        Map<String, CheckedPolicy> byClass = new LinkedHashMap<>();
        for (CheckedPolicy policy : policies) {
            String name = JavaNames.policyClass(policy.file());
            CheckedPolicy other = byClass.putIfAbsent(name, policy);
            if (other != null) {
                throw new MojoFailureException("policies " + messages.path(other.file())
                        + " and " + messages.path(policy.file()) + " would both generate class "
                        + name + ": rename one of them");
            }
        }
        JavaGenerator generator = new JavaGenerator();
        List<JavaFile> files = new ArrayList<>();
        for (Map.Entry<String, CheckedPolicy> entry : byClass.entrySet()) {
            files.addAll(generator.generate(entry.getValue(), packageName, entry.getKey()));
        }
        if (!policies.isEmpty()) {
            files.add(generator.registry(policies, packageName));
        }
        return files;
    }
}
