package dev.verdict.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.diag.Code;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Rule;
import dev.verdict.runtime.RequestValues;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every finding against brute force: every request of the tiny schema that behaves differently
 * enumerated and decided by a reference evaluator. Both directions: each finding is true, none
 * is missed. And every example a finding prints is confirmed by that evaluator.
 */
class BruteForceTest {

    private static final List<RequestValues> EVERY = Oracle.every(TinyPolicies.DOMAIN);
    private static final AnalysisOptions GENEROUS = new AnalysisOptions(Duration.ofMinutes(1), 100_000);

    @Provide
    Arbitrary<CheckedPolicy> policies() {
        return TinyPolicies.policies();
    }

    @Property(tries = 500)
    void findingsMatchEnumeration(@ForAll("policies") CheckedPolicy policy) {
        List<String> actual = new ArrayList<>();
        for (Finding finding : Analyzer.findings(policy, GENEROUS)) {
            assertNotEquals(Code.I0901, finding.diagnostic().code(), finding.diagnostic().message());
            actual.add(finding.diagnostic().span().line() + " " + finding.diagnostic().code());
        }
        assertEquals(new BruteForce(policy, EVERY).findings(), actual.stream().sorted().toList());
    }

    @Property(tries = 500)
    void examplesAreConfirmedByTheEvaluator(@ForAll("policies") CheckedPolicy policy) {
        Oracle oracle = new Oracle(policy);
        Space space = new Space(policy.schema(), new Budget(Long.MAX_VALUE, 1));
        RequestValues free = new Examples(space, new ValueText(2), 2).in(space.all()).request();
        for (Finding finding : Analyzer.findings(policy, GENEROUS)) {
            if (finding.example() == null) {
                continue;
            }
            RequestValues example = finding.example().request();
            assertEquals(example, ExampleText.parse(policy.schema(), 2, finding.diagnostic().help(), free),
                    finding.diagnostic().help());
            Rule subject = policy.rules().stream()
                    .filter(r -> r.line() == finding.diagnostic().span().line()).findFirst().orElse(null);
            Rule decider = oracle.decide(example);
            switch (finding.diagnostic().code()) {
                case W0401 -> {
                    assertNotNull(subject);
                    assertEquals(Boolean.TRUE, oracle.eval(subject.condition(), example));
                    assertNotNull(decider);
                    assertEquals(finding.decidedBy(), decider.name());
                }
                case W0302, E0301 -> {
                    if (subject == null) {
                        assertSettingBreaksALimit(policy, oracle, finding, example);
                    } else {
                        assertEquals(subject, decider, finding.diagnostic().message());
                        assertEquals(finding.decidedBy(), decider.name());
                    }
                }
                case W0404, W0405, E0303 -> {
                    assertNotNull(decider, finding.diagnostic().message());
                    assertEquals(subject, decider, finding.diagnostic().message());
                    assertEquals(finding.decidedBy(), decider.name());
                }
                case W0403 -> {
                    var plan = policy.settings().get(0);
                    long hits = plan.conditional().stream()
                            .filter(c -> Boolean.TRUE.equals(oracle.eval(c.where(), example))).count();
                    assertTrue(hits >= 2, finding.diagnostic().message());
                }
                default -> throw new AssertionError("unexpected example on " + finding.diagnostic());
            }
        }
    }

    /** The set at the finding's line is the one selected for the example, and breaks a limit that applies there. */
    private static void assertSettingBreaksALimit(CheckedPolicy policy, Oracle oracle, Finding finding,
                                                  RequestValues example) {
        var plan = policy.settings().get(0);
        Long selected = null;
        int line = -1;
        for (var conditional : plan.conditional()) {
            if (Boolean.TRUE.equals(oracle.eval(conditional.where(), example))) {
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
        assertTrue(policy.profile().limits().stream().anyMatch(limit -> limit.setting() != null
                && !limit.allows(value) && Boolean.TRUE.equals(oracle.eval(limit.where(), example))),
                finding.diagnostic().message());
    }
}
