package dev.verdict.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.verdict.codegen.DispatchPlanner.Step;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Rule;
import dev.verdict.ir.Term;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.PolicyEvaluator;
import dev.verdict.runtime.PolicyVersion;
import dev.verdict.runtime.RequestReader;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Field;
import dev.verdict.schema.Setting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates the evaluator class of one policy (SPEC §12): final, stateless, thread-safe. Its
 * {@code decide} computes the settings the rules compare with, then follows the
 * {@link DispatchPlanner dispatch plan} ({@link PlanWriter}): switches on enum ordinals into
 * methods that test, in file order, only the guards and rules that can fire there, and return
 * preallocated decisions. Entry points for flat values and maps convert and delegate to it.
 */
final class EvaluatorGenerator {

    private final CheckedPolicy policy;
    private final RequestModel request;
    private final ClassName name;
    private final DispatchPlanner planner;
    private final DecisionConstants decisions;
    private final EvaluatorCode code;
    private final String versionHash;
    private DispatchPlanner.Plan plan;

    /** {@code versionHash}: the policy's {@code PolicyHash}, or null when it is not known. */
    EvaluatorGenerator(CheckedPolicy policy, RequestModel request, ClassName name,
            DispatchPlanner planner, int classBudget, String versionHash) {
        this.policy = policy;
        this.versionHash = versionHash;
        this.request = request;
        this.name = name;
        this.planner = planner;
        this.decisions = new DecisionConstants(name, policy.guards(), policy.rules(),
                policy.otherwise(), policy.schema().lints().fallback());
        this.code = new EvaluatorCode(request,
                Settings.of(policy.settings(), referencedSettings()), name, classBudget);
    }

    JavaFile generate() {
        String title = policy.displayName() == null ? policy.file() : policy.displayName();
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(PolicyEvaluator.class)
                .addJavadoc("Decides requests with the policy \"$L\". Stateless and thread-safe; "
                        + "deciding a typed request\nallocates nothing.\n",
                        JavaLiterals.docText(title));
        CodeBlock.Builder entry = CodeBlock.builder().add(
                new SettingWriter(code.withoutSettings()).write(code.settings()));
        new PlanWriter(code, decisions).writeEntry(plan(), entry);
        decisions.addTo(type);
        if (versionHash != null) {
            addVersion(type);
        }
        type.addFields(fields()).addFields(code.fields()).addMethods(entryPoints(entry.build()));
        code.addTo(type);
        return JavaFile.builder(name.packageName(), type.build())
                .addFileComment(JavaSources.GENERATED_BY + " from $S; do not edit.",
                        JavaLiterals.commentText(policy.file()))
                .skipJavaLangImports(true)
                .build();
    }

    /** The dispatch plan of the policy's rules, planned once (it takes long for large ones). */
    DispatchPlanner.Plan plan() {
        if (plan == null) {
            plan = planner.plan(steps());
        }
        return plan;
    }

    /** {@code VERSION_HASH}, and {@code version()} returning it without a label. */
    private void addVersion(TypeSpec.Builder type) {
        type.addField(FieldSpec.builder(String.class, "VERSION_HASH", Modifier.PUBLIC,
                        Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The content hash of the policy, its profile and its schema.\n")
                .initializer("$S", versionHash)
                .build());
        type.addField(FieldSpec.builder(PolicyVersion.class, "VERSION", Modifier.PRIVATE,
                        Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T(VERSION_HASH, null)", PolicyVersion.class)
                .build());
        type.addMethod(MethodSpec.methodBuilder("version")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(PolicyVersion.class)
                .addStatement("return VERSION")
                .build());
    }

    /** Guards, rules and {@code otherwise} in evaluation order, each with when it fires. */
    private List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        List<Rule> rules = decisions.rules();
        for (int i = 0; i < rules.size(); i++) {
            Formula fires = Formula.of(rules.get(i).condition(), true);
            steps.add(new Step(i, fires.mapAtoms(code.settings()::resolve)));
        }
        return steps;
    }

    /** The fields the policy reads and must be given, and the reader of map-shaped requests. */
    private List<FieldSpec> fields() {
        FieldSpec required = FieldSpec.builder(RequestClassGenerator.FLAGS, "REQUIRED",
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(required())
                .build();
        FieldSpec reader = FieldSpec.builder(RequestReader.class, "READER",
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T($T.FIELDS, $L, $L, REQUIRED)", RequestReader.class,
                        request.type(), JavaLiterals.string(policy.currency()),
                        policy.currencyDecimals())
                .build();
        return List.of(required, reader);
    }

    /** {@code decide} of a typed request (with this body), of flat values, and the reader. */
    private List<MethodSpec> entryPoints(CodeBlock typed) {
        MethodSpec decideTyped = MethodSpec.methodBuilder("decide")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Decides a typed request; allocates nothing.\n")
                .returns(Decision.class)
                .addParameter(request.type(), "r")
                .addCode(typed)
                .build();
        MethodSpec decideValues = MethodSpec.methodBuilder("decide")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Decides a request of flat values, which must carry the fields the "
                        + "schema requires and\nthe policy reads.\n")
                .returns(Decision.class)
                .addParameter(RequestValues.class, "values")
                .addStatement("return decide($T.fromValues(values, REQUIRED))", request.type())
                .build();
        MethodSpec builder = MethodSpec.methodBuilder("requestBuilder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("A builder of requests for this policy: it requires only the fields "
                        + "the policy reads, and\ntakes money as {@code BigDecimal} amounts in "
                        + "the policy's currency ($L).\n", policy.currency())
                .returns(RequestBuilderGenerator.builderType(request))
                .addStatement("return new $T(REQUIRED, $L)",
                        RequestBuilderGenerator.builderType(request), policy.currencyDecimals())
                .build();
        MethodSpec reader = MethodSpec.methodBuilder("requestReader")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RequestReader.class)
                .addStatement("return READER")
                .build();
        return List.of(decideTyped, decideValues, builder, reader);
    }

    private CodeBlock required() {
        List<CodeBlock> flags = new ArrayList<>();
        for (Field field : policy.schema().fields()) {
            flags.add(CodeBlock.of("$L", !field.optional() && policy.reads().contains(field)));
        }
        return CodeBlock.of("{$L}", CodeBlock.join(flags, ", "));
    }

    private Set<Setting> referencedSettings() {
        Set<Setting> referenced = new HashSet<>();
        for (Rule rule : decisions.rules()) {
            collectSettings(rule.condition(), referenced);
        }
        return referenced;
    }

    private static void collectSettings(Expr expr, Set<Setting> into) {
        if (expr instanceof Expr.And and) {
            and.operands().forEach(e -> collectSettings(e, into));
        } else if (expr instanceof Expr.Or or) {
            or.operands().forEach(e -> collectSettings(e, into));
        } else if (expr instanceof Expr.Not not) {
            collectSettings(not.operand(), into);
        } else if (expr instanceof Expr.Compare compare) {
            for (Term term : List.of(compare.left(), compare.right())) {
                if (term instanceof Term.SettingTerm setting) {
                    into.add(setting.setting());
                }
            }
        }
    }
}
