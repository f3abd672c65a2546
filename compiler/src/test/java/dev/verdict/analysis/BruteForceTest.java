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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The rules a W0401 message names: {@code a,b}, or {@code a,b,c+2} for "and 2 more rules". */
    private static String named(Diagnostic diagnostic) {
        String message = diagnostic.message();
        String names = message.substring(message.indexOf("decided by ") + "decided by ".length());
        Matcher more = Pattern.compile(" and (\\d+) more rules$").matcher(names);
        String suffix = "";
        if (more.find()) {
            suffix = "+" + more.group(1);
            names = names.substring(0, more.start());
        }
        List<String> listed = new ArrayList<>();
        Matcher name = Pattern.compile("`([^`]+)`").matcher(names);
        while (name.find()) {
            listed.add(name.group(1));
        }
        return String.join(",", listed) + suffix;
    }

    private static List<String> found(CheckedPolicy policy, AnalysisOptions options) {
        List<String> actual = new ArrayList<>();
        for (Finding finding : Analyzer.findings(policy, options)) {
            Diagnostic diagnostic = finding.diagnostic();
            assertNotEquals(Code.I0901, diagnostic.code(), diagnostic.message());
            String found = diagnostic.span().line() + " " + diagnostic.code();
            boolean unreachable = diagnostic.code() == Code.W0401;
            actual.add(unreachable ? found + " by " + named(diagnostic) : found);
        }
        return actual.stream().sorted().toList();
    }

    @Property(tries = 500)
    void examplesAreConfirmedByTheEvaluator(@ForAll("policies") CheckedPolicy policy) {
        new ExampleChecks(policy).confirmAll(Analyzer.findings(policy, GENEROUS));
    }
}
