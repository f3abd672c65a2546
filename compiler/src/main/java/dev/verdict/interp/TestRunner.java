package dev.verdict.interp;

import dev.verdict.ast.SourceText;
import dev.verdict.ir.TestCase;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.Obligation;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a policy's {@code test} blocks (SPEC §7) against any {@link Evaluator}: the interpreter
 * or a generated class. A test passes when the outcome matches, and the arguments, the
 * obligations (exactly those listed, in any order) and the deciding rule too where the test
 * names them.
 */
public final class TestRunner {

    private final Evaluator evaluator;

    public TestRunner(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** Every test, in order. */
    public TestReport run(List<TestCase> tests) {
        return new TestReport(tests.stream().map(this::run).toList());
    }

    /** One test: its decision, and why it failed, if it did. */
    public TestResult run(TestCase test) {
        Decision decision = evaluator.decide(test.request());
        boolean decided = decision.outcome().equals(test.outcome())
                && (test.args() == null || decision.args().equals(test.args()))
                && (test.obligations() == null
                    || sameObligations(test.obligations(), decision.obligations()));
        boolean byRule = test.rule() == null || test.rule().equals(decision.rule());
        if (decided && byRule) {
            return new TestResult(test, decision, null);
        }
        StringBuilder failure = new StringBuilder("expected `")
                .append(call(test.outcome(), test.args()))
                .append(obligations(test.obligations())).append('`');
        if (test.rule() != null) {
            failure.append(" by `").append(test.rule()).append('`');
        }
        if (decided) {
            failure.append(", decided by `").append(deciderOf(decision)).append('`');
        } else {
            failure.append(", got `").append(call(decision.outcome(), decision.args()))
                    .append(test.obligations() == null ? "" : obligations(decision.obligations()))
                    .append("` from `").append(deciderOf(decision)).append('`');
        }
        return new TestResult(test, decision, failure.toString());
    }

    /** {@code offer_partial_refund(30%)}; the bare outcome without arguments. */
    private static String call(String outcome, List<String> args) {
        if (args == null || args.isEmpty()) {
            return outcome;
        }
        return outcome + "(" + String.join(", ", args) + ")";
    }

    /** The same obligations, in any order. */
    private static boolean sameObligations(List<Obligation> expected, List<Obligation> actual) {
        List<Obligation> rest = new ArrayList<>(actual);
        for (Obligation obligation : expected) {
            if (!rest.remove(obligation)) {
                return false;
            }
        }
        return rest.isEmpty();
    }

    /** {@code , tag("velocity")} for each obligation; nothing for null. */
    private static String obligations(List<Obligation> obligations) {
        StringBuilder text = new StringBuilder();
        if (obligations != null) {
            for (Obligation o : obligations) {
                List<String> args = o.args().stream().map(SourceText::string).toList();
                text.append(", ").append(o.action());
                if (!args.isEmpty()) {
                    text.append('(').append(String.join(", ", args)).append(')');
                }
            }
        }
        return text.toString();
    }

    /** The rule that decided, or {@code default} for the fallback. */
    private static String deciderOf(Decision decision) {
        return decision.rule() == null ? decision.source().word() : decision.rule();
    }
}
