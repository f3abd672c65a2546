package dev.verdict.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.verdict.codegen.DispatchPlanner.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a first-match list ({@code if (<rule fires>) return <its decision>;} in order) into a
 * method body. A list too large for the body's budget is cut into helpers of at most
 * {@link EvaluatorCode#METHOD_BUDGET} that return a "no match" sentinel, called in order; so that
 * a list of any length compiles into methods HotSpot will JIT.
 */
final class StepWriter {

    /** What the steps return: a step's hit, the helpers' sentinel, and how to test for it. */
    record Result(TypeName type, Function<Step, CodeBlock> hit, CodeBlock sentinel, String isHit) {
    }

    private final EvaluatorCode code;
    private final ConditionWriter conditions;

    StepWriter(EvaluatorCode code, ConditionWriter conditions) {
        this.code = code;
        this.conditions = conditions;
    }

    /**
     * Appends the steps to {@code body}, within about {@code budget} bytes of bytecode.
     *
     * @return whether control can pass the steps (false when the last one always fires)
     */
    boolean write(List<Step> steps, Result result, int budget, CodeBlock.Builder body) {
        if (size(steps) <= budget || steps.size() == 1) {
            for (Step step : steps) {
                if (step.when().equals(Formula.TRUE)) {
                    body.addStatement("return $L", result.hit().apply(step));
                    return false;
                }
                CodeBlock test = conditions.test(step.when(), body);
                body.addStatement("if ($L) return $L", test, result.hit().apply(step));
            }
            return true;
        }
        List<String> helpers = new ArrayList<>();
        List<Step> chunk = new ArrayList<>();
        int chunkSize = 0;
        for (Step step : steps) {
            int size = size(step);
            if (!chunk.isEmpty() && chunkSize + size > EvaluatorCode.METHOD_BUDGET) {
                helpers.add(helper(chunk, result));
                chunk = new ArrayList<>();
                chunkSize = 0;
            }
            chunk.add(step);
            chunkSize += size;
        }
        helpers.add(helper(chunk, result));
        writeCalls(helpers, result, budget, body);
        return true;
    }

    private String helper(List<Step> chunk, Result result) {
        CodeBlock.Builder body = CodeBlock.builder();
        if (write(chunk, result, EvaluatorCode.METHOD_BUDGET, body)) {
            body.addStatement("return $L", result.sentinel());
        }
        return code.addMethod("rules", result.type(), body.build());
    }

    /** Calls the helpers in order, returning the first hit; in a tree of helpers when many. */
    private void writeCalls(List<String> helpers, Result result, int budget,
            CodeBlock.Builder body) {
        int callSize = code.callSize() + 8;
        if (helpers.size() > 1 && helpers.size() * callSize > budget) {
            int perHelper = Math.max(2, EvaluatorCode.METHOD_BUDGET / callSize);
            List<String> grouped = new ArrayList<>();
            for (int i = 0; i < helpers.size(); i += perHelper) {
                CodeBlock.Builder group = CodeBlock.builder();
                writeCalls(helpers.subList(i, Math.min(helpers.size(), i + perHelper)), result,
                        EvaluatorCode.METHOD_BUDGET, group);
                group.addStatement("return $L", result.sentinel());
                grouped.add(code.addMethod("rules", result.type(), group.build()));
            }
            writeCalls(grouped, result, budget, body);
            return;
        }
        String found = conditions.local("d");
        for (int i = 0; i < helpers.size(); i++) {
            CodeBlock call = code.call(helpers.get(i));
            if (i == 0) {
                body.addStatement("$T $N = $L", result.type(), found, call);
            } else {
                body.addStatement("$N = $L", found, call);
            }
            body.addStatement("if ($L) return $N", CodeBlock.of(result.isHit(), found), found);
        }
    }

    /** The estimated bytecode of testing the steps in line. */
    int size(List<Step> steps) {
        return steps.stream().mapToInt(this::size).sum();
    }

    private int size(Step step) {
        return conditions.size(step.when()) + 6;
    }
}
