package dev.verdict.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.diag.Code;
import dev.verdict.diag.Diagnostic;
import dev.verdict.ir.CheckedPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analysis ends with an I0901 note, never a hang or a blow-up, when its budget runs out. */
class BudgetTest {

    @Test
    void stopsAtItsTimeBudgetWithANote() {
        CheckedPolicy policy = new SyntheticPolicies(7).policy(300);
        long start = System.nanoTime();
        AnalysisOptions none = new AnalysisOptions(Duration.ZERO, 20_000);
        List<Finding> findings = Analyzer.findings(policy, none);
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
        Diagnostic last = findings.get(findings.size() - 1).diagnostic();
        assertEquals(Code.I0901, last.code());
        assertEquals(1, last.span().line());
        String message = last.message();
        assertTrue(message.startsWith("analysis incomplete: the time budget of 0 s ran out at "),
                message);
        assertEquals(1, findings.stream().filter(f -> f.diagnostic().code() == Code.I0901).count());
    }

    @Test
    void aRuleWhoseRequestsSplitIntoTooManyCasesIsSkipped() {
        String policy = """
                rule a: when amount < 10 and item.price < 10 then manual_review
                rule b: when return_shipping_fee < 10 and buyer.refunds_30d > 3 then manual_review
                rule c: when evidence.photos > 2 and buyer.returns_30d > 3 then manual_review
                rule d: when reason = size then reject(other)
                rule e: when reason = size and amount < 5 then manual_review
                """;
        CheckedPolicy checked = Policies.checked(policy).policy();
        AnalysisOptions six = new AnalysisOptions(Duration.ofSeconds(20), 6);
        List<Diagnostic> found = Analyzer.analyse(checked, six);
        assertEquals(List.of("4 I0901", "5 W0401"),
                found.stream().map(d -> d.span().line() + " " + d.code()).toList());
        assertEquals("analysis incomplete: the requests reaching rule `d` split into more than 6 "
                + "cases; "
                + "it was not checked", found.get(0).message());
    }

    @Test
    void conditionsThatSplitTooFarEndTheAnalysis() {
        String policy = """
                rule a: when (amount < 10 or amount > 20) and (item.price < 10 or item.price > 20)
                  then manual_review
                rule b: when reason = size then reject(other)
                """;
        CheckedPolicy checked = Policies.checked(policy).policy();
        AnalysisOptions three = new AnalysisOptions(Duration.ofSeconds(20), 3);
        List<Diagnostic> found = Analyzer.analyse(checked, three);
        assertEquals(1, found.size());
        assertEquals("analysis incomplete: the conditions of rule `a` split into more than 3 "
                + "cases; "
                + "later checks were not run", found.get(0).message());
    }
}
