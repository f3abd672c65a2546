package dev.verdict.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.verdict.codegen.DispatchPlanner.Bands;
import dev.verdict.codegen.DispatchPlanner.Leaf;
import dev.verdict.codegen.DispatchPlanner.Plan;
import dev.verdict.codegen.DispatchPlanner.Step;
import dev.verdict.codegen.DispatchPlanner.Table;
import dev.verdict.runtime.Decision;
import dev.verdict.schema.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link DispatchPlanner dispatch plan} as code: each node's own rule tests, then one
 * {@code switch} on the combined ordinal of the table's fields (through a {@code char} table of
 * cells when the table is large), or a binary search of a numeric field's bands written as nested
 * {@code if}s; each case returns the decision it always makes or calls its plan's method.
 */
final class PlanWriter {

    /** Estimated bytecode of the entry method's own code (HotSpot inlines up to 325 bytes). */
    static final int ENTRY_BUDGET = 160;
    /** A switch takes at most this many cells as labels; a larger table reads a cell array. */
    static final int DIRECT_CELLS = 64;
    /** Estimated bytecode of one band of a binary search: a comparison and a return. */
    private static final int BAND_SIZE = 24;

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
        share(plan);
        writeNode(plan, ENTRY_BUDGET, body);
    }

    /** Tells the step writer every place the plan tests a rule. */
    private void share(Plan plan) {
        if (plan instanceof Leaf leaf) {
            steps.share(leaf.steps());
        } else if (plan instanceof Table table) {
            steps.share(table.prefix());
            table.plans().forEach(this::share);
        } else if (plan instanceof Bands bands) {
            steps.share(bands.prefix());
            bands.bands().forEach(this::share);
            if (bands.absent() != null) {
                share(bands.absent());
            }
        } else {
            throw new AssertionError("unhandled " + plan.getClass().getName());
        }
    }

    /** Writes a plan node into {@code body}; what does not fit goes into methods of its own. */
    private void writeNode(Plan plan, int budget, CodeBlock.Builder body) {
        if (plan instanceof Leaf leaf) {
            if (budget < EvaluatorCode.METHOD_BUDGET && steps.size(leaf.steps()) > budget) {
                body.addStatement("return $L", branch(plan));
            } else if (steps.write(leaf.steps(), decide, budget, body)) {
                body.addStatement("return $L", decisions.fallback());
            }
            return;
        }
        List<Step> prefix = plan.prefix();
        int own = steps.size(prefix);
        if (budget < EvaluatorCode.METHOD_BUDGET && own > budget) {
            body.addStatement("return $L", branch(plan));
            return;
        }
        if (!steps.write(prefix, decide, budget, body)) {
            return;
        }
        if (budget < EvaluatorCode.METHOD_BUDGET && own + selectSize(plan) > budget) {
            CodeBlock.Builder select = CodeBlock.builder();
            writeSelect(plan, select);
            body.addStatement("return $L", code.call(code.addMethod("node",
                    ClassName.get(Decision.class), select.build())));
        } else {
            writeSelect(plan, body);
        }
    }

    /** The estimated bytecode of a node's jump or search. */
    private int selectSize(Plan plan) {
        if (plan instanceof Table table) {
            int labels = table.cells().size() <= DIRECT_CELLS ? table.cells().size()
                    : table.plans().size();
            return 12 * table.fields().size() + 4 * labels + 8 * table.plans().size();
        }
        if (!(plan instanceof Bands bands)) {
            throw new AssertionError("unhandled " + plan.getClass().getName());
        }
        int last = bands.bands().size() - 1;
        int inline = searchSize(bands, 0, last, true);
        return inline <= EvaluatorCode.METHOD_BUDGET / 2 ? inline : searchSize(bands, 0, last,
                false);
    }

    private void writeSelect(Plan plan, CodeBlock.Builder body) {
        if (plan instanceof Table table) {
            writeTable(table, body);
            return;
        }
        if (!(plan instanceof Bands bands)) {
            throw new AssertionError("unhandled " + plan.getClass().getName());
        }
        boolean inline = searchSize(bands, 0, bands.bands().size() - 1, true)
                <= EvaluatorCode.METHOD_BUDGET / 2;
        if (bands.absent() != null) {
            body.beginControlFlow("if (!$L)", code.present(bands.field()));
            writeBand(bands.absent(), inline, body);
            body.endControlFlow();
        }
        writeSearch(bands, 0, bands.bands().size() - 1, inline, body);
    }

    /** One switch on the combined ordinal, or on its cell when the table is large. */
    private void writeTable(Table table, CodeBlock.Builder body) {
        CodeBlock index = code.value(table.fields().get(0));
        for (int f = 1; f < table.fields().size(); f++) {
            Field field = table.fields().get(f);
            index = CodeBlock.of(f == 1 ? "$L * $L + $L" : "($L) * $L + $L", index,
                    field.type().values().size(), code.value(field));
        }
        List<List<Integer>> labels = new ArrayList<>();
        table.plans().forEach(p -> labels.add(new ArrayList<>()));
        if (table.cells().size() <= DIRECT_CELLS) {
            for (int cell = 0; cell < table.cells().size(); cell++) {
                labels.get(table.cells().get(cell)).add(cell);
            }
        } else {
            StringBuilder cells = new StringBuilder();
            table.cells().forEach(p -> cells.append((char) p.intValue()));
            index = CodeBlock.of("$N[$L]", code.addCells(cells.toString()), index);
            for (int p = 0; p < table.plans().size(); p++) {
                labels.get(p).add(p);
            }
        }
        List<CodeBlock> targets = table.plans().stream().map(this::branch).toList();
        writeSwitch(index, labels, targets, body);
    }

    /** A switch whose widest case is the default. */
    private static void writeSwitch(CodeBlock selector, List<List<Integer>> labels,
            List<CodeBlock> targets, CodeBlock.Builder body) {
        int widest = 0;
        for (int c = 1; c < labels.size(); c++) {
            if (labels.get(c).size() > labels.get(widest).size()) {
                widest = c;
            }
        }
        body.beginControlFlow("switch ($L)", selector);
        for (int c = 0; c < labels.size(); c++) {
            if (c != widest) {
                for (int label : labels.get(c)) {
                    body.add("case $L:\n", label);
                }
                body.indent().addStatement("return $L", targets.get(c)).unindent();
            }
        }
        body.add("default:\n").indent().addStatement("return $L", targets.get(widest))
                .unindent();
        body.endControlFlow();
    }

    /**
     * A binary search of bands {@code low} to {@code high} as nested {@code if}s, the bands'
     * rules in line or called; a half too large for one method becomes a method of its own.
     */
    private void writeSearch(Bands bands, int low, int high, boolean inline,
            CodeBlock.Builder body) {
        if (low == high) {
            writeBand(bands.bands().get(low), inline, body);
            return;
        }
        int middle = Bands.middle(low, high);
        body.beginControlFlow("if ($L < $L)", code.value(bands.field()),
                JavaLiterals.number(bands.bounds().get(middle - 1)));
        writeHalf(bands, low, middle - 1, inline, body);
        body.endControlFlow();
        writeHalf(bands, middle, high, inline, body);
    }

    private void writeHalf(Bands bands, int low, int high, boolean inline,
            CodeBlock.Builder body) {
        if (searchSize(bands, low, high, inline) <= EvaluatorCode.METHOD_BUDGET) {
            writeSearch(bands, low, high, inline, body);
            return;
        }
        CodeBlock.Builder half = CodeBlock.builder();
        writeSearch(bands, low, high, inline, half);
        body.addStatement("return $L", code.call(code.addMethod("search",
                ClassName.get(Decision.class), half.build())));
    }

    /** The estimated bytecode of searching bands {@code low} to {@code high}. */
    private int searchSize(Bands bands, int low, int high, boolean inline) {
        int size = 0;
        for (Plan band : bands.bands().subList(low, high + 1)) {
            size += BAND_SIZE + (inline ? bandSize(band) : 0);
        }
        return size;
    }

    /** A band's rules in line, or a call of their method. */
    private void writeBand(Plan band, boolean inline, CodeBlock.Builder body) {
        if (inline && band instanceof Leaf leaf) {
            if (steps.write(leaf.steps(), decide, EvaluatorCode.METHOD_BUDGET, body)) {
                body.addStatement("return $L", decisions.fallback());
            }
        } else {
            body.addStatement("return $L", branch(band));
        }
    }

    /** The estimated bytecode of a band's rules. */
    private int bandSize(Plan band) {
        return band instanceof Leaf leaf ? steps.size(leaf.steps()) : EvaluatorCode.METHOD_BUDGET;
    }

    /** What a case returns: a decision it always makes, or a call of its plan's method. */
    private CodeBlock branch(Plan plan) {
        if (plan instanceof Leaf leaf) {
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
