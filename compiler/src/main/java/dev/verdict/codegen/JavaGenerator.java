package dev.verdict.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.schema.Schema;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.lang.model.SourceVersion;

/**
 * Generates the Java sources of checked policies (SPEC §12): the typed request class and the
 * outcome enum of each schema, one evaluator class per policy and a registry of them, depending
 * only on the {@code runtime} module. The same input always gives byte-identical output. Every
 * name and string taken from policy text reaches the source through JavaPoet's escaping; class
 * and method names are never made from it.
 */
public final class JavaGenerator {

    /** The package {@code verdict compile} uses when given none. */
    public static final String DEFAULT_PACKAGE = "verdict.generated";

    /** The dispatch plan's defaults: see {@link DispatchPlanner.Options}. */
    static final DispatchPlanner.Options PLAN = new DispatchPlanner.Options(6, 24, 24_000, 5,
            4_096, 256, 4);

    private final DispatchPlanner.Options options;
    private final int classBudget;

    public JavaGenerator() {
        this(PLAN);
    }

    JavaGenerator(DispatchPlanner.Options options) {
        this(options, EvaluatorCode.CLASS_BUDGET);
    }

    /** With {@code classBudget} characters of helpers per class (see {@link EvaluatorCode}). */
    JavaGenerator(DispatchPlanner.Options options, int classBudget) {
        this.options = options;
        this.classBudget = classBudget;
    }

    /**
     * The request class and outcome enum of the policy's schema, then the policy's evaluator
     * class.
     *
     * @param packageName a Java package name ("" for the unnamed package)
     * @param className the evaluator's simple name, e.g. {@link JavaNames#policyClass} of the file
     * @throws IllegalArgumentException when a name is not a valid Java name, or the evaluator's
     *                                  would be the request class's
     */
    public List<JavaFile> generate(CheckedPolicy policy, String packageName, String className) {
        return generate(policy, null, packageName, className);
    }

    /**
     * As {@link #generate(CheckedPolicy, String, String)}, the evaluator exposing
     * {@code versionHash} (the policy's {@code PolicyHash}; null: unknown) as its
     * {@code VERSION_HASH} and {@code version()}.
     */
    public List<JavaFile> generate(CheckedPolicy policy, String versionHash, String packageName,
                                   String className) {
        return generateWithPlan(policy, versionHash, packageName, className).files();
    }

    /** A policy's generated classes, and the report of the plan its evaluator was written from. */
    public record GeneratedPolicy(List<JavaFile> files, PlanReport plan) {
    }

    /**
     * As {@link #generate(CheckedPolicy, String, String, String)}, with the report of the
     * evaluator's dispatch plan, planned once for both.
     */
    public GeneratedPolicy generateWithPlan(CheckedPolicy policy, String versionHash,
            String packageName, String className) {
        EvaluatorGenerator evaluator = evaluatorGenerator(policy, versionHash, packageName,
                className);
        List<JavaFile> files = List.of(request(policy.schema(), packageName),
                outcomes(policy.schema(), packageName), evaluator.generate());
        return new GeneratedPolicy(files, PlanReport.of(evaluator.plan(), options));
    }

    /** As {@link #generate(CheckedPolicy, String, String)},
            the class named after the policy file. */
    public List<JavaFile> generate(CheckedPolicy policy, String packageName) {
        return generate(policy, packageName, JavaNames.policyClass(policy.file()));
    }

    /** The typed request class of a schema. */
    public JavaFile request(Schema schema, String packageName) {
        checkPackage(packageName);
        return new RequestClassGenerator(new RequestModel(schema, packageName)).generate();
    }

    /** The outcome enum of a schema, for exhaustive {@code switch}es over decisions. */
    public JavaFile outcomes(Schema schema, String packageName) {
        checkPackage(packageName);
        return new OutcomeEnumGenerator(schema, packageName).generate();
    }

    /**
     * The registry of a build's evaluators, {@code Evaluators}: each policy's evaluator (named
     * {@link JavaNames#policyClass} of its file) by policy name.
     *
     * @throws IllegalArgumentException when two policies have one name
     */
    public JavaFile registry(List<CheckedPolicy> policies, String packageName) {
        checkPackage(packageName);
        SortedMap<String, String> evaluators = new TreeMap<>();
        for (CheckedPolicy policy : policies) {
            String name = RegistryGenerator.policyName(policy.file());
            if (evaluators.put(name, JavaNames.policyClass(policy.file())) != null) {
                throw new IllegalArgumentException("two policies named `" + name + "`");
            }
        }
        return new RegistryGenerator(packageName, evaluators).generate();
    }

    /** The evaluator class of one policy; it uses the request class of {@link #request}. */
    public JavaFile evaluator(CheckedPolicy policy, String packageName, String className) {
        return evaluator(policy, null, packageName, className);
    }

    /** The evaluator class of one policy, exposing {@code versionHash} (null: unknown). */
    public JavaFile evaluator(CheckedPolicy policy, String versionHash, String packageName,
                              String className) {
        return evaluatorGenerator(policy, versionHash, packageName, className).generate();
    }

    /** What the planner predicts a decision of the policy's evaluator costs. */
    public PlanCost planCost(CheckedPolicy policy) {
        return PlanCost.of(evaluatorGenerator(policy, null, DEFAULT_PACKAGE, "Plan").plan(),
                options);
    }

    private EvaluatorGenerator evaluatorGenerator(CheckedPolicy policy, String versionHash,
            String packageName, String className) {
        checkPackage(packageName);
        if (!SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className)) {
            throw new IllegalArgumentException("`" + className
                    + "` is not a valid Java class name");
        }
        RequestModel request = new RequestModel(policy.schema(), packageName);
        if (request.type().simpleName().equals(className)
                || JavaNames.outcomeClass(policy.schema().name()).equals(className)
                || RegistryGenerator.CLASS_NAME.equals(className)) {
            throw new IllegalArgumentException("`" + className
                    + "` is the name of a generated class of the schema or build");
        }
        DispatchPlanner planner = new DispatchPlanner(policy.schema().fields(), options);
        return new EvaluatorGenerator(policy, request, ClassName.get(packageName, className),
                planner, classBudget, versionHash);
    }

    private static void checkPackage(String packageName) {
        if (!JavaNames.isPackageName(packageName)) {
            throw new IllegalArgumentException("`" + packageName
                    + "` is not a valid Java package name");
        }
    }
}
