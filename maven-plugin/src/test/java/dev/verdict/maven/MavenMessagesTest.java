package dev.verdict.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verdict.ast.Span;
import dev.verdict.diag.Code;
import dev.verdict.diag.Diagnostic;
import dev.verdict.diag.Severity;
import dev.verdict.interp.TestResult;
import dev.verdict.ir.TestCase;
import dev.verdict.runtime.RequestValues;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MavenMessagesTest {

    private final Path basedir = Path.of("/work/shop").toAbsolutePath();
    private final MavenMessages messages = new MavenMessages(basedir);

    @Test
    void anErrorNamesTheFullPathLineAndColumnAndTheHelp() {
        Diagnostic d = Code.E0201.at("src/main/verdict/returns.policy", new Span(7, 6, 7, 11),
                "unknown field `reasn`").withHelp("did you mean `reason`?");
        assertEquals(basedir.resolve("src/main/verdict/returns.policy")
                + ":[7,6] error[E0201]: unknown field `reasn` (help: did you mean `reason`?)",
                messages.diagnostic(d));
    }

    @Test
    void aWarningWithoutHelpHasNoParentheses() {
        Diagnostic d = new Diagnostic(Code.W0406, Severity.WARNING, "a.policy",
                new Span(1, 1, 1, 2), "no platform profile: platform rules were not checked",
                null);
        assertEquals(basedir.resolve("a.policy") + ":[1,1] warning[W0406]: no platform profile: "
                + "platform rules were not checked", messages.diagnostic(d));
    }

    @Test
    void pathsOutsideTheProjectAndBundledProfilesKeepTheirNames() {
        assertEquals(basedir.resolveSibling("shared/x.platform").toString(),
                messages.path("../shared/x.platform"));
        assertEquals("bundled:tiktok_us.platform", messages.path("bundled:tiktok_us.platform"));
    }

    @Test
    void aDiagnosticWithoutAFileHasNoLocation() {
        Diagnostic d = new Diagnostic(Code.E0104, Severity.ERROR, null, new Span(1, 1, 1, 1),
                "input over limits", null);
        assertEquals("error[E0104]: input over limits", messages.diagnostic(d));
    }

    @Test
    void aFailedTestNamesItsPositionAndQuotedName() {
        TestCase test = new TestCase("a \"big\" order", "src/main/verdict/c.policy",
                new Span(16, 1, 16, 5), RequestValues.builder(0).build(), "approve_cancel",
                null, null, null);
        TestResult result = new TestResult(test, null,
                "expected `approve_cancel`, got `manual_review` from `otherwise`");
        assertEquals(basedir.resolve("src/main/verdict/c.policy") + ":[16,1] test "
                + "\"a \\\"big\\\" order\" failed: expected `approve_cancel`, got `manual_review` "
                + "from `otherwise`", messages.testFailure(result));
    }
}
