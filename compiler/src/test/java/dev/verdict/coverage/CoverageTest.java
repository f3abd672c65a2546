package dev.verdict.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verdict.ir.TestCase;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.source.Schemas;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private static final String POLICY = """
            rule small:
              when reason = size and not (amount between 80 and 100 or item.opened)
              then approve_return_label
            otherwise manual_review

            test defaults: request = return_and_refund, reason = size, amount = 20

            test "small and unopened": given item.opened = false
              expect approve_return_label
            test "small, opening unknown":
              expect manual_review
            test "damaged": given reason = damaged
              expect manual_review
            """;

    private static PolicyCoverage covered(String text) {
        Compilation compilation = new Compiler(Schemas.aftersale(),
                new CompilerOptions(null, false)).compile("p.policy", text, null);
        Coverage coverage = Coverage.of(compilation.policy(), compilation.sources());
        for (TestCase test : compilation.policy().tests()) {
            coverage.record(test.request(), test.name());
        }
        return coverage.result();
    }

    @Test
    void atomsAreTheConditionsAsWrittenSeenTrueFalseOrUnknown() {
        List<String> seen = covered(POLICY).conditions().stream()
                .map(c -> c.span().line() + ":" + c.span().column() + " " + c.text() + " "
                        + c.whenTrue() + "/" + c.whenFalse() + "/" + c.whenUnknown())
                .toList();
        assertEquals(List.of("1:1 condition of `small` 1/2/0",
                "2:8 reason = size 2/1/0",
                "2:31 amount between 80 and 100 0/3/0",
                "2:60 item.opened 0/1/2"), seen);
    }

    @Test
    void rulesKnowTheRequestsTheyDecided() {
        PolicyCoverage coverage = covered(POLICY);
        assertEquals(List.of("small 3 1 [small and unopened]",
                        "otherwise 2 2 [small, opening unknown, damaged]"),
                coverage.rules().stream().map(r -> r.name() + " " + r.reached() + " "
                        + r.decided() + " " + r.requests()).toList());
        assertEquals(2, coverage.rulesDecided());
        assertEquals(6, coverage.outcomesSeen());
        assertEquals(8, coverage.outcomeCount());
    }

    @Test
    void withoutOtherwiseTheFallbackIsListedButNotCounted() {
        PolicyCoverage coverage = covered("""
                when reason = size then approve_return_label
                test defaults: request = return_and_refund, reason = damaged, amount = 1
                test "x": expect manual_review
                """);
        RuleCoverage fallback = coverage.rules().get(1);
        assertEquals("default 0 1", fallback.name() + " " + fallback.line() + " "
                + fallback.decided());
        assertEquals(0, coverage.rulesDecided());
        assertEquals(1, coverage.ruleCount());
    }

    @Test
    void coberturaMapsRulesAndAtomsToLines() {
        String xml = CoberturaXml.render(List.of(covered(POLICY)), "1.2.3", 42);
        assertEquals(true, xml.contains("<line number=\"1\" hits=\"1\" branch=\"true\" "
                + "condition-coverage=\"100% (2/2)\"/>"), xml);
        assertEquals(true, xml.contains("<line number=\"2\" hits=\"3\" branch=\"true\" "
                + "condition-coverage=\"67% (4/6)\"/>"), xml);
        assertEquals(true, xml.contains("<line number=\"4\" hits=\"2\" branch=\"false\"/>"), xml);
        assertEquals(true, xml.contains("version=\"1.2.3\" timestamp=\"42\""), xml);
    }
}
