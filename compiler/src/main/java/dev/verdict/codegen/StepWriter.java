package dev.verdict.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.verdict.codegen.DispatchPlanner.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a first-match list ({@code if (<rule fires>) return <its decision>;} in order) into a
 * method body. A list too large for the body's budget is cut into helpers of at most
 * {@link EvaluatorCode#METHOD_BUDGET} that return a "no match" sentinel, called in order; so that
 * a list of any length compiles into methods HotSpot will JIT.
 *
 * <p>A dispatch plan copies a rule into every cell and band where it can fire, often with the
 * same condition there. In a large plan, a condition {@link #share shared} by several places is
 * written once, in a {@code when} method each place calls ({@code if (when12(r)) return
 * RULE_40;}): javac, which takes most of the time from policy text to a loaded evaluator,
 * compiles a third less Java, and the evaluator has less machine code (measured on 1,000 rules:
 * 10 to 14 ns per decision against 15 to 27 ns with every copy in line).
 */
final class StepWriter {

    /** What the steps return: a step's hit, the helpers' sentinel, and how to test for it. */
    record Result(TypeName type, Function<Step, CodeBlock> hit, CodeBlock sentinel, String isHit) {
    }

    private final EvaluatorCode code;
    private final ConditionWriter conditions;
    /**
     * Plans with fewer rule tests than this are written without shared conditions: javac
     * compiles them quickly anyway, and in line their tests are a little faster (measured on 14
     * rules: 3.0 ns against 3.5 ns per decision).
     */
    static final int SHARED_FROM = 1_000;

    /** How many rule tests the plan has. */
    private int counted;
    /** How many places of the plan test each condition. */
    private final Map<Formula, Integer> uses = new HashMap<>();
    /** The method testing each shared condition, once written. */
    private final Map<Formula, String> shared = new HashMap<>();

    StepWriter(EvaluatorCode code, ConditionWriter conditions) {
        this.code = code;
        this.conditions = conditions;
    }

    /** Counts the conditions of {@code steps}, which the plan tests in one more place. */
    void share(List<Step> steps) {
        for (Step step : steps) {
            if (!(step.when() instanceof Formula.Fixed)) {
                uses.merge(step.when(), 1, Integer::sum);
                counted++;
            }
        }
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
                CodeBlock test = test(step.when(), body);
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

    /** A test of {@code when}: a call of its method when shared, else the condition itself. */
    private CodeBlock test(Formula when, CodeBlock.Builder body) {
        if (!isShared(when)) {
            return conditions.test(when, body);
        }
        String method = shared.computeIfAbsent(when, f -> {
            CodeBlock.Builder test = CodeBlock.builder();
            CodeBlock result = conditions.test(f, test);
            test.addStatement("return $L", result);
            return code.addMethod("when", TypeName.BOOLEAN, test.build());
        });
        return code.call(method);
    }

    private boolean isShared(Formula when) {
        return counted >= SHARED_FROM && uses.getOrDefault(when, 0) > 1
                && conditions.size(when) > code.callSize();
    }

    /** The estimated bytecode of testing the steps in line. */
    int size(List<Step> steps) {
        return steps.stream().mapToInt(this::size).sum();
    }

    private int size(Step step) {
        return (isShared(step.when()) ? code.callSize() : conditions.size(step.when())) + 6;
    }
}
