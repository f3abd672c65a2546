package dev.verdict.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.verdict.codegen.DispatchPlanner.Plan;
import dev.verdict.codegen.DispatchPlanner.Step;
import dev.verdict.runtime.Decision;
import dev.verdict.schema.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link DispatchPlanner dispatch plan} as code: each node's own rule tests, then a
 * {@code switch} on an enum ordinal whose cases return the decision a branch always makes or
 * call the branch's method. Two nested switches on enum fields are written as one switch on a
 * combined index, so that a request costs one mispredicted jump instead of two.
 */
final class PlanWriter {

    /** Estimated bytecode of the entry method's own tests (HotSpot inlines up to 325 bytes). */
    static final int ENTRY_BUDGET = 160;

    private final EvaluatorCode code;
    private final DecisionConstants decisions;
    private final StepWriter steps;
    private final StepWriter.Result decide;

    PlanWriter(EvaluatorCode code, DecisionConstants decisions) {
        this.code = code;
        this.decisions = decisions;
        this.steps = new StepWriter(code, new ConditionWriter(code));
        this.decide = new StepWriter.Result(ClassName.get(Decision.class),
                step -> decisions.reference(step.rule()), CodeBlock.of("null"), "$N != null");
    }

    /** Writes the plan into the entry method's {@code body}, within the entry's budget. */
    void writeEntry(Plan plan, CodeBlock.Builder body) {
        writeNode(plan, ENTRY_BUDGET, body);
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
        if (!(plan instanceof DispatchPlanner.Split split)) {
            throw new AssertionError("unhandled " + plan.getClass().getName());
        }
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
}
