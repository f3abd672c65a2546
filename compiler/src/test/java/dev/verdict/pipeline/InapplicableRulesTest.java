package dev.verdict.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.verdict.diag.Code;
import dev.verdict.diag.Diagnostic;
import dev.verdict.source.Schemas;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rule whose outcome never applies (E0208, found by the checker) is left out, and the analysis
 * still runs on the rest: a second E0208 only the analysis finds and every warning come at once,
 * and the policy still fails to compile.
 */
class InapplicableRulesTest {

    private static final Compiler COMPILER =
            new Compiler(Schemas.aftersale(), new CompilerOptions(null, true));

    @Test
    void checkerE0208DoesNotStopTheAnalysis() {
        String text = """
                platform tiktok_us
                when request = cancel then approve_return_label
                when request = cancel or (request = replacement and amount < 5) then approve_refund
                when request = return_and_refund and reason = size then approve_return_label
                rule cancels: when request = replacement then approve_cancel
                """;
        Compilation compilation = COMPILER.compile("t.policy", text, null);
        List<String> found = compilation.diagnostics().stream()
                .map(d -> d.code() + "@" + d.span().line()).toList();
        assertEquals(List.of("E0208@2", "E0208@3", "W0404@4", "E0208@5"), found);
        assertNull(compilation.policy());
    }

    @Test
    void otherErrorsStillStopTheAnalysis() {
        String text = """
                platform tiktok_us
                when request = cancel then approve_return_label
                when amount < 10 and colour = red then manual_review
                when request = return_and_refund and reason = size then approve_return_label
                """;
        List<Code> codes = COMPILER.compile("t.policy", text, null).diagnostics().stream()
                .map(Diagnostic::code).toList();
        assertEquals(List.of(Code.E0208, Code.E0201), codes);
    }
}
