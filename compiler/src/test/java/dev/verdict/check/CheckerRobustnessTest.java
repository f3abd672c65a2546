package dev.verdict.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.diag.Diagnostic;
import dev.verdict.pipeline.Compilation;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any policy, well or badly typed, gets diagnostics and never an exception; each diagnostic
 * points into a file the compilation read; and a checked policy exists exactly when no
 * diagnostic is an error.
 */
class CheckerRobustnessTest {

    private static final List<String> PATHS = List.of("amount", "reason", "request", "category",
            "item.opened", "since_delivery", "buyer.credit_score", "return_window", "apparel",
            "reasn", "size", "order.status", "evidence.video");
    private static final List<String> OPERATORS = List.of("=", "!=", "<", ">=", "in", "not in",
            "between 1 and", "is present", "is absent", "");
    private static final List<String> VALUES = List.of("size", "80", "79.999", "80 GBP", "7d",
            "30%", "true", "\"x\"", "[size, damaged]", "[1, 2d]", "apparel", "return_window",
            "amount", "cancel", "sise", "[]", "99999999999999999999");
    private static final List<String> ACTIONS = List.of("approve_return_label", "approve_refund",
            "manual_review", "reject(other)", "reject(foo)", "offer_partial_refund(30%)",
            "offer_partial_refund(5 USD)", "issue_coupon(5)", "manual_review, tag(\"t\")",
            "approve_cancel, approve_refund", "request_evidence(photos)", "aprove_refund");
    private static final List<String> HEADERS = List.of("", "platform tiktok_us",
            "platform \"caps.platform\"", "platform \"broken.platform\"", "platform nowhere",
            "currency EUR", "policy \"p\"");
    private static final List<String> EXTRAS = List.of("", "let apparel = [womenswear, shoes]",
            "set return_window = 45d where category = shoes", "set return_window = 10",
            "otherwise manual_review", "otherwise approve_refund",
            "test defaults: request = cancel, amount = 5",
            "test t: given amount = 50 expect approve_refund by \"rule@3\"", "guard g: when amount"
                    + " < 1 then manual_review", "limit return_window <= 7d");

    @Provide
    Arbitrary<String> policies() {
        Arbitrary<String> atom = Combinators.combine(Arbitraries.of(PATHS),
                Arbitraries.of(OPERATORS), Arbitraries.of(VALUES))
                .as((p, o, v) -> p + " " + o + (o.startsWith("is") || o.isEmpty() ? "" : " " + v));
        Arbitrary<String> condition = atom.list().ofMinSize(1).ofMaxSize(3)
                .map(atoms -> String.join(" and ", atoms));
        Arbitrary<String> rule = Combinators.combine(condition, Arbitraries.of(ACTIONS))
                .as((c, a) -> "when " + c + " then " + a);
        Arbitrary<String> line = Arbitraries.oneOf(rule, Arbitraries.of(EXTRAS));
        return Combinators.combine(Arbitraries.of(HEADERS), line.list().ofMaxSize(6))
                .as((header, lines) -> header + "\n" + String.join("\n", lines) + "\n");
    }

    @Property(tries = 300)
    void everyPolicyGetsDiagnosticsNotExceptions(@ForAll("policies") String text) {
        Compilation compilation = Checked.compile(text);
        for (Diagnostic d : compilation.diagnostics()) {
            String source = compilation.sources().get(d.file());
            assertTrue(source != null, () -> d + " points into an unread file");
            assertTrue(d.span().line() >= 1 && d.span().line() <= source.split("\n", -1).length,
                    () -> d + " is outside its file");
        }
        boolean errors = compilation.diagnostics().stream().anyMatch(Diagnostic::isError);
        assertEquals(errors, compilation.policy() == null, compilation.diagnostics()::toString);
    }
}
