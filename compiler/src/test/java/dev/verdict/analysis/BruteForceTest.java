package dev.verdict.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
        ExampleChecks checks = new ExampleChecks(policy, request -> {
            Rule decider = oracle.decide(request);
            return decider == null ? null : decider.name();
        });
        Analyzer.findings(policy, GENEROUS).forEach(checks::confirm);
    }
}
