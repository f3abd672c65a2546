package dev.verdict.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The E01xx messages as a user reads them, each from a policy that triggers it. */
class SyntaxDiagnosticsTest {

    @Test
    void anAmountGluedToItsCurrency() {
        assertEquals("""
                t.policy:2:33: error[E0103]: malformed literal `80USD`
                   2 | when reason = size and amount < 80USD then approve_return_label
                     |                                 ^^^^^ help: put a space between the \
                amount and its currency: `80 USD`
                """, Rendered.human("platform tiktok_us\n"
                + "when reason = size and amount < 80USD then approve_return_label\n", Code.E0103));
    }

    @Test
    void aPercentageOverAHundred() {
        assertEquals("""
                t.policy:2:43: error[E0103]: percentage `120%` is over 100%
                   2 | when amount < 5 then offer_partial_refund(120%)
                     |                                           ^^^^ help: a percentage is \
                between `0%` and `100%`
                """, Rendered.human("platform tiktok_us\n"
                + "when amount < 5 then offer_partial_refund(120%)\n", Code.E0103));
    }

    @Test
    void aLimitWithEquals() {
        assertEquals("""
                t.policy:1:7: error[E0101]: a limit's operator is `<=`, `<`, `>=`, `>`, \
                `between` or `in`, not `=`
                   1 | limit return_window = 30d
                     |       ^^^^^^^^^^^^^ help: to allow one value, write `in [30d]`
                """, render(SyntaxDiagnostics.limitOperator(new dev.verdict.ast.Span(1, 7, 1, 20),
                "=", "30d"), "limit return_window = 30d\n"));
    }

    @Test
    void aFileOverTheLimitIsReportedAtItsStart() {
        Diagnostic d = SyntaxDiagnostics.fileTooLarge(2_000_000, 1_000_000, true)
                .inFile("big.policy");
        assertEquals("file is 2000000 bytes, over the limit of 1000000", d.message());
        assertEquals("split the policy into several files", d.help());
        assertEquals("keep the file under 1000000 bytes",
                SyntaxDiagnostics.fileTooLarge(2_000_000, 1_000_000, false).help(),
                "a profile or schema cannot be split");
        assertEquals(1, d.span().line());
        assertEquals(Code.E0104, d.code());
    }

    static String render(Diagnostic diagnostic, String source) {
        java.io.StringWriter out = new java.io.StringWriter();
        new dev.verdict.diag.render.HumanRenderer(false).render(
                java.util.List.of(diagnostic.inFile("t.policy")),
                java.util.Map.of("t.policy", source), new java.io.PrintWriter(out));
        String text = out.toString();
        return text.substring(0, text.lastIndexOf("\n\n") + 1);
    }
}
