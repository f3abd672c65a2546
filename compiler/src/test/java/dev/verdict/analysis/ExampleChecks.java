package dev.verdict.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.interp.Interpreter;
import dev.verdict.interp.Truth;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Limit;
import dev.verdict.ir.Rule;
import dev.verdict.ir.SettingPlan;
import dev.verdict.ir.ValueText;
import dev.verdict.runtime.RequestValues;

/**
 * Confirms a finding's example request: it reads back from the help text, and deciding it with
 * the interpreter, and evaluating conditions on it, shows what the finding says.
 */
final class ExampleChecks {

    private final CheckedPolicy policy;
    private final Interpreter interpreter;
    private final RequestValues free;

    ExampleChecks(CheckedPolicy policy) {
        this.policy = policy;
        this.interpreter = new Interpreter(policy);
        Space space = new Space(policy.schema(), new Budget(Long.MAX_VALUE, 1));
        int decimals = policy.currencyDecimals();
        Examples examples = new Examples(space, ValueText.withoutCurrency(decimals), decimals);
        this.free = examples.in(space.all()).request();
    }

    void confirmAll(java.util.List<Finding> findings) {
        findings.forEach(this::confirm);
    }

    void confirm(Finding finding) {
        if (finding.example() == null) {
            return;
        }
        String message = finding.diagnostic().message();
        RequestValues example = finding.example().request();
        assertEquals(example, ExampleText.parse(policy.schema(), policy.currencyDecimals(),
                finding.diagnostic().help(), free), finding.diagnostic().help());
        Rule subject = policy.rules().stream()
                .filter(r -> r.file().equals(finding.diagnostic().file())
                        && r.line() == finding.diagnostic().span().line())
                .findFirst().orElse(null);
        String decider = interpreter.decide(example).rule();
        switch (finding.diagnostic().code()) {
            case W0401 -> {
                assertNotNull(subject, message);
                assertTrue(holds(subject.condition(), example), message);
                assertEquals(finding.decidedBy(), decider, message);
                assertTrue(finding.diagnostic().help().contains("`" + decider + "`"), message);
            }
            case W0302, E0301 -> {
                if (subject == null) {
                    assertSettingBreaksALimit(finding, example);
                } else {
                    assertReachedBy(subject, decider, finding);
                    var outcome = subject.outcome();
                    assertTrue(policy.profile().limits().stream().anyMatch(limit ->
                            outcome.outcome().equals(limit.outcome())
                            && !limit.allows(outcome.args().get(limit.paramIndex()).value())
                            && holds(limit.where(), example)), message);
                }
            }
            case E0303 -> {
                assertReachedBy(subject, decider, finding);
                var outcome = subject.outcome().outcome();
                assertTrue(policy.profile().forbids().stream().anyMatch(forbid ->
                        forbid.outcome().equals(outcome) && holds(forbid.where(), example)),
                        message);
            }
            case W0404, W0405 -> assertReachedBy(subject, decider, finding);
            case W0403 -> {
                SettingPlan plan = policy.settings().get(0);
                long hits = plan.conditional().stream()
                        .filter(c -> holds(c.where(), example)).count();
                assertTrue(hits >= 2, message);
            }
            default -> throw new AssertionError("unexpected example on " + finding.diagnostic());
        }
    }

    private boolean holds(Expr condition, RequestValues request) {
        return interpreter.truth(condition, request) == Truth.TRUE;
    }

    private static void assertReachedBy(Rule subject, String decider, Finding finding) {
        assertNotNull(subject, finding.diagnostic().message());
        assertEquals(subject.name(), decider, finding.diagnostic().message());
        assertEquals(subject.name(), finding.decidedBy());
    }

    /** The set at the finding's line is selected for the example and breaks a limit there. */
    private void assertSettingBreaksALimit(Finding finding, RequestValues example) {
        SettingPlan plan = policy.settings().get(0);
        Long selected = null;
        int line = -1;
        for (SettingPlan.ConditionalValue conditional : plan.conditional()) {
            if (holds(conditional.where(), example)) {
                selected = conditional.value();
                line = conditional.span().line();
                break;
            }
        }
        if (selected == null) {
            selected = plan.unconditional().value();
            line = plan.unconditional().span().line();
        }
        assertEquals(finding.diagnostic().span().line(), line, finding.diagnostic().message());
        long value = selected;
        assertTrue(policy.profile().limits().stream().anyMatch((Limit limit) ->
                        limit.setting() != null && !limit.allows(value)
                        && holds(limit.where(), example)),
                finding.diagnostic().message());
    }
}
