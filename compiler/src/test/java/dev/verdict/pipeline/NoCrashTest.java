package dev.verdict.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.diag.Diagnostic;
import dev.verdict.format.Formatter;
import dev.verdict.source.Schemas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No input makes the pipeline throw: random bytes and random soups of the language's own tokens
 * get diagnostics (spans inside the file), never an exception, a hang or a crash; the
 * formatter either formats or refuses them. The analysis runs on whatever checks cleanly.
 */
class NoCrashTest {

    private static final List<String> TOKENS = List.of("policy", "platform", "currency", "let",
            "set", "when", "then", "rule", "otherwise", "and", "or", "not", "in", "between", "is",
            "present", "absent", "true", "false", "test", "given", "expect", "by", "limit",
            "guard", "forbid", "default", "where", "defaults", "=", "!=", "<", "<=", ">", ">=",
            "(", ")", "[", "]", ",", ":", ".", "%", "amount", "reason", "size", "request",
            "cancel", "category", "apparel", "item.opened", "since_delivery", "return_window",
            "buyer.credit_score", "buyer.refunds_30d", "approve_refund", "manual_review",
            "reject", "offer_partial_refund", "issue_coupon", "tag", "tiktok_us", "USD", "80",
            "79.999", "7d", "7.5d", "7w", "30%", "\"s\"", "\"open", "\"\\q\"", "\"\\u{110000}\"",
            "# note", "\n", "\t", "😀", "夏", "$", "\u0000", "99999999999999999999999");

    private static final Compiler COMPILER =
            new Compiler(Schemas.aftersale(), new CompilerOptions(null, true));

    @Provide
    Arbitrary<String> tokenSoups() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(60).map(tokens -> String.join(" ", tokens));
    }

    @Provide
    Arbitrary<String> byteStrings() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(400)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    @Property(tries = 1500)
    void tokenSoupsGetDiagnostics(@ForAll("tokenSoups") String text) {
        assertHandled(text);
    }

    @Property(tries = 500)
    void randomBytesGetDiagnostics(@ForAll("byteStrings") String text) {
        assertHandled(text);
    }

    private static void assertHandled(String text) {
        Compilation compilation = COMPILER.compile("soup.policy", text, Path.of("."));
        int lines = text.split("\r\n|\r|\n", -1).length; // CR, LF and CRLF end a line
        for (Diagnostic d : compilation.diagnostics()) {
            if (d.file().equals("soup.policy")) {
                assertTrue(d.span().line() >= 1 && d.span().line() <= lines, d::toString);
                assertTrue(d.span().column() >= 1, d::toString);
            }
        }
        boolean errors = compilation.diagnostics().stream().anyMatch(Diagnostic::isError);
        assertEquals(errors, compilation.policy() == null);
        Formatter.format("soup.policy", text);
    }
}
