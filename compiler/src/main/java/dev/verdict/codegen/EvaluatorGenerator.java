package dev.verdict.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.verdict.codegen.DispatchPlanner.Plan;
import dev.verdict.codegen.DispatchPlanner.Step;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Rule;
import dev.verdict.ir.Term;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.PolicyEvaluator;
import dev.verdict.runtime.RequestReader;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Field;
import dev.verdict.schema.Setting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates the evaluator class of one policy (SPEC §12): final, stateless, thread-safe. Its
 * {@code decide} computes the settings the rules compare with, then follows the
 * {@link DispatchPlanner dispatch plan}: switches on enum ordinals into methods that test, in
 * file order, only the guards and rules that can fire there, and return preallocated decisions.
 */
final class EvaluatorGenerator {

    /** Estimated bytecode of the entry method's own tests (HotSpot inlines up to 325 bytes). */
    static final int ENTRY_BUDGET = 160;

    private final CheckedPolicy policy;
    private final RequestModel request;
    private final ClassName name;
    private final DispatchPlanner planner;
    private final DecisionConstants decisions;
    private final EvaluatorCode code;
    private final StepWriter steps;
    private final StepWriter.Result decide;

    EvaluatorGenerator(CheckedPolicy policy, RequestModel request, ClassName name,
            DispatchPlanner planner) {
        this.policy = policy;
        this.request = request;
        this.name = name;
        this.planner = planner;
        this.decisions = new DecisionConstants(name, policy.guards(), policy.rules(),
                policy.otherwise(),
                policy.schema().lints().fallback());
        this.code = new EvaluatorCode(request, Settings.of(policy.settings(),
                referencedSettings()));
        this.steps = new StepWriter(code, new ConditionWriter(code));
        this.decide = new StepWriter.Result(ClassName.get(Decision.class),
                step -> decisions.reference(step.rule()), CodeBlock.of("null"), "$N != null");
    }

    JavaFile generate() {
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(PolicyEvaluator.class)
                .addJavadoc("Decides requests with the policy \"$L\". Stateless and thread-safe; "
                        + "deciding a typed request\nallocates nothing.\n",
                        JavaLiterals.docText(policy.displayName() == null ? policy.file()
                                : policy.displayName()));
        List<FieldSpec> settingTables = new ArrayList<>();
        CodeBlock.Builder entry = CodeBlock.builder()
                .add(new SettingWriter(code.withoutSettings()).write(code.settings(),
                        settingTables));
        List<Step> ordered = new ArrayList<>();
        List<Rule> rules = decisions.rules();
        for (int i = 0; i < rules.size(); i++) {
            ordered.add(new Step(i, Formula.of(rules.get(i).condition(),
                    true).mapAtoms(code.settings()::resolve)));
        }
        writeNode(planner.plan(ordered), ENTRY_BUDGET, entry);
        decisions.addTo(type);
        type.addField(FieldSpec.builder(RequestClassGenerator.FLAGS, "REQUIRED", Modifier.PRIVATE,
                        Modifier.STATIC, Modifier.FINAL)
                .initializer(required()).build())
                .addField(FieldSpec.builder(RequestReader.class, "READER", Modifier.PRIVATE,
                        Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("new $T($T.FIELDS, $L, $L, REQUIRED)", RequestReader.class,
                                request.type(),
                                JavaLiterals.string(policy.currency()), policy.currencyDecimals())
                        .build())
                .addFields(settingTables);
        type.addMethod(MethodSpec.methodBuilder("decide")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Decides a typed request; allocates nothing.\n")
                        .returns(Decision.class)
                        .addParameter(request.type(), "r")
                        .addCode(entry.build())
                        .build())
                .addMethod(MethodSpec.methodBuilder("decide")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Decides a request of flat values, which must carry the "
                                + "fields the "
                                + "schema requires and\nthe policy reads.\n")
                        .returns(Decision.class)
                        .addParameter(RequestValues.class, "values")
                        .addStatement("return decide($T.fromValues(values, REQUIRED))",
                                request.type())
                        .build())
                .addMethod(MethodSpec.methodBuilder("requestReader")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RequestReader.class)
                        .addStatement("return READER")
                        .build())
                .addMethods(code.methods());
        return JavaFile.builder(name.packageName(), type.build())
                .addFileComment("Generated by Verdict from $S; do not edit.",
                        JavaLiterals.commentText(policy.file()))
                .skipJavaLangImports(true)
                .build();
    }

    /** Writes a plan node into {@code body}; its subtrees become methods of their own. */
    private void writeNode(Plan plan, int budget, CodeBlock.Builder body) {
        List<Step> own = plan instanceof DispatchPlanner.Leaf leaf ? leaf.steps()
                : ((DispatchPlanner.Split) plan).prefix();
        if (budget < EvaluatorCode.METHOD_BUDGET && steps.size(own) > budget) {
            body.addStatement("return $L", branch(plan));
            return;
        }
        if (plan instanceof DispatchPlanner.Leaf leaf) {
            if (steps.write(leaf.steps(), decide, budget, body)) {
                body.addStatement("return $L", decisions.fallback());
            }
            return;
        }
        DispatchPlanner.Split split = (DispatchPlanner.Split) plan;
        if (!steps.write(split.prefix(), decide, budget, body)) {
            return;
        }
        Field inner = flattenable(split);
        if (inner == null) {
            List<Case> cases = new ArrayList<>();
            for (DispatchPlanner.Branch branch : split.branches()) {
                cases.add(new Case(labels(branch.values(), 1L, 0), branch(branch.plan())));
            }
            writeSwitch(code.value(split.field()), cases, body);
        } else if (budget == ENTRY_BUDGET) {
            CodeBlock.Builder node = CodeBlock.builder();
            writeFlat(split, inner, node);
            body.addStatement("return $L", code.call(code.addMethod("node",
                    ClassName.get(Decision.class), node.build())));
        } else {
            writeFlat(split, inner, body);
        }
    }

    /** A switch case: its labels, and what it returns. */
    private record Case(List<Integer> labels, CodeBlock target) {
    }

    /**
     * The field most branches of {@code split} switch on next with nothing to test first, so
     * that one switch on both fields replaces two (one mispredicted jump instead of two); null
     * when no branch does.
     */
    private static Field flattenable(DispatchPlanner.Split split) {
        Map<Field, Integer> counts = new LinkedHashMap<>();
        for (DispatchPlanner.Branch branch : split.branches()) {
            if (branch.plan() instanceof DispatchPlanner.Split next && next.prefix().isEmpty()) {
                counts.merge(next.field(), 1, Integer::sum);
            }
        }
        Field inner = null;
        for (Map.Entry<Field, Integer> count : counts.entrySet()) {
            if (inner == null || count.getValue() > counts.get(inner)) {
                inner = count.getKey();
            }
        }
        return inner;
    }

    /**
     * One switch on {@code outer * |inner values| + inner}, into the branches' branches; a
     * branch that does not switch on {@code inner} gets every inner value.
     */
    private void writeFlat(DispatchPlanner.Split split, Field inner, CodeBlock.Builder body) {
        int width = inner.type().values().size();
        List<Case> cases = new ArrayList<>();
        for (DispatchPlanner.Branch branch : split.branches()) {
            if (branch.plan() instanceof DispatchPlanner.Split next && next.prefix().isEmpty()
                    && next.field().equals(inner)) {
                for (DispatchPlanner.Branch nested : next.branches()) {
                    cases.add(new Case(labels(branch.values(), nested.values(), width),
                            branch(nested.plan())));
                }
            } else {
                cases.add(new Case(labels(branch.values(), inner.type().allValues(), width),
                        branch(branch.plan())));
            }
        }
        writeSwitch(CodeBlock.of("$L * $L + $L", code.value(split.field()), width,
                code.value(inner)), cases, body);
    }

    /** The labels {@code outer * width + inner} of two value sets; width 0: the outer values. */
    private static List<Integer> labels(long outer, long inner, int width) {
        List<Integer> labels = new ArrayList<>();
        for (long o = outer; o != 0; o &= o - 1) {
            for (long i = inner; i != 0; i &= i - 1) {
                int value = Long.numberOfTrailingZeros(o);
                labels.add(width == 0 ? value : value * width + Long.numberOfTrailingZeros(i));
            }
        }
        return labels;
    }

    /** A switch whose widest case is the default. */
    private static void writeSwitch(CodeBlock selector, List<Case> cases, CodeBlock.Builder body) {
        int widest = 0;
        for (int c = 1; c < cases.size(); c++) {
            if (cases.get(c).labels().size() > cases.get(widest).labels().size()) {
                widest = c;
            }
        }
        body.beginControlFlow("switch ($L)", selector);
        for (int c = 0; c < cases.size(); c++) {
            if (c != widest) {
                for (int label : cases.get(c).labels()) {
                    body.add("case $L:\n", label);
                }
                body.indent().addStatement("return $L", cases.get(c).target()).unindent();
            }
        }
        body.add("default:\n").indent().addStatement("return $L", cases.get(widest).target())
                .unindent();
        body.endControlFlow();
    }

    /** What a branch returns: a decision it always makes, or a call of its node method. */
    private CodeBlock branch(Plan plan) {
        if (plan instanceof DispatchPlanner.Leaf leaf) {
            if (leaf.steps().isEmpty()) {
                return decisions.fallback();
            }
            if (leaf.steps().get(0).when().equals(Formula.TRUE)) {
                return decisions.reference(leaf.steps().get(0).rule());
            }
        }
        CodeBlock.Builder body = CodeBlock.builder();
        writeNode(plan, EvaluatorCode.METHOD_BUDGET, body);
        return code.call(code.addMethod("node", ClassName.get(Decision.class), body.build()));
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
