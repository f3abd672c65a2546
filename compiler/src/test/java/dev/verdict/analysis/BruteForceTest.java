package dev.verdict.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.verdict.diag.Code;
import dev.verdict.diag.Diagnostic;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every finding against brute force: every request of a tiny schema that behaves differently
 * enumerated and decided by the interpreter, over enums, ints and money ({@code tiny.schema})
 * and over a string, a date and a timestamp ({@code tiny_dated.schema}), about half each.
 * Both directions: each finding is true, none is missed. And every example a finding prints is
 * confirmed by the interpreter.
 */
class BruteForceTest {

    private static final AnalysisOptions GENEROUS =
            new AnalysisOptions(Duration.ofMinutes(1), 100_000);
    private static final AnalysisOptions SEARCHING =
            new AnalysisOptions(Duration.ofMinutes(1), 100_000, 1);

    @Provide
    Arbitrary<CheckedPolicy> policies() {
        return Arbitraries.oneOf(TinyPolicies.TINY.policies(), TinyPolicies.DATED.policies());
    }

    @Property(tries = 1000)
    void findingsMatchEnumeration(@ForAll("policies") CheckedPolicy policy) {
        assertEquals(new BruteForce(policy).findings(), found(policy, GENEROUS));
    }

    @Property(tries = 600)
    void searchingTheReachOnDemandFindsTheSame(@ForAll("policies") CheckedPolicy policy) {
        assertEquals(new BruteForce(policy).findings(), found(policy, SEARCHING));
        new ExampleChecks(policy).confirmAll(Analyzer.findings(policy, SEARCHING));
    }

    /**
     * Regression: the rule that decides an unreachable rule's example was looked for by the
     * string's raw value instead of its literal, so none was found for {@code carrier = "ups"}.
     */
    @Example
    void namesTheRuleThatDecidesAnExampleWithAString() {
        Ir ir = new Ir(Ir.DATED);
        CheckedPolicy policy = ir.policy(
                ir.rule("r0", 2, Ir.not(new Expr.TextIn(ir.field("carrier"), List.of("dhl"))),
                        "review"),
                ir.rule("r1", 3, new Expr.TextIn(ir.field("carrier"), List.of("ups")), "review"));
        List<Finding> findings = Analyzer.findings(policy, GENEROUS);
        assertEquals(List.of("3 W0401 by r0"), found(policy, GENEROUS));
        assertEquals("r0", findings.get(0).decidedBy());
        new ExampleChecks(policy).confirmAll(findings);
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

    @Property(tries = 1000)
    void examplesAreConfirmedByTheEvaluator(@ForAll("policies") CheckedPolicy policy) {
        new ExampleChecks(policy).confirmAll(Analyzer.findings(policy, GENEROUS));
    }
}
