package dev.verdict.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.verdict.diag.Code;
import dev.verdict.diag.Diagnostic;
import dev.verdict.ir.CheckedPolicy;
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
 * enumerated and decided by the interpreter. Both directions: each finding is true, none is
 * missed. And every example a finding prints is confirmed by the interpreter.
 */
class BruteForceTest {

    private static final List<RequestValues> EVERY = BruteForce.every(TinyPolicies.DOMAIN);
    private static final AnalysisOptions GENEROUS =
            new AnalysisOptions(Duration.ofMinutes(1), 100_000);
    private static final AnalysisOptions SEARCHING =
            new AnalysisOptions(Duration.ofMinutes(1), 100_000, 1);

    @Provide
    Arbitrary<CheckedPolicy> policies() {
        return TinyPolicies.policies();
    }

    @Property(tries = 500)
    void findingsMatchEnumeration(@ForAll("policies") CheckedPolicy policy) {
        assertEquals(new BruteForce(policy, EVERY).findings(), found(policy, GENEROUS));
    }

    @Property(tries = 300)
    void searchingTheReachOnDemandFindsTheSame(@ForAll("policies") CheckedPolicy policy) {
        assertEquals(new BruteForce(policy, EVERY).findings(), found(policy, SEARCHING));
        new ExampleChecks(policy).confirmAll(Analyzer.findings(policy, SEARCHING));
    }

    private static List<String> found(CheckedPolicy policy, AnalysisOptions options) {
        List<String> actual = new ArrayList<>();
        for (Finding finding : Analyzer.findings(policy, options)) {
            Diagnostic diagnostic = finding.diagnostic();
            assertNotEquals(Code.I0901, diagnostic.code(), diagnostic.message());
            actual.add(finding.diagnostic().span().line() + " " + finding.diagnostic().code());
        }
        return actual.stream().sorted().toList();
    }

    @Property(tries = 500)
    void examplesAreConfirmedByTheEvaluator(@ForAll("policies") CheckedPolicy policy) {
        new ExampleChecks(policy).confirmAll(Analyzer.findings(policy, GENEROUS));
    }
}
