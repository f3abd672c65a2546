package dev.verdict.diag.render;

import dev.verdict.ast.Span;
import dev.verdict.diag.Code;
import dev.verdict.diag.Diagnostic;
import dev.verdict.syntax.SourceParser;
import dev.verdict.testing.Golden;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Both renderers over the same cases, compared with golden files under {@code golden/render/}. */
class RenderGoldenTest {

    private static final String RETURNS = """
            policy "Returns"
            platform tiktok_us
            currency USD

            let apparel = [womenswear, menswear]

            when reasn = size then approve_return_label
            """;

    record Case(String name, List<Diagnostic> diagnostics, Map<String, String> sources) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                new Case("unknown-field", List.of(Code.E0201.at("returns.policy",
                        new Span(7, 6, 7, 11), "unknown field `reasn`")
                        .withHelp("did you mean `reason`?")), Map.of("returns.policy", RETURNS)),
                new Case("sorted-mixed", List.of(
                        Code.W0404.at("returns.policy", new Span(7, 24, 7, 44),
                                "`approve_return_label` has no upper bound on `amount`"),
                        Code.E0201.at("returns.policy", new Span(7, 6, 7, 11),
                                "unknown field `reasn`").withHelp("did you mean `reason`?"),
                        Code.W0406.at("returns.policy", new Span(1, 1, 1, 2),
                                "no platform profile")), Map.of("returns.policy", RETURNS)),
                new Case("cjk-and-emoji", List.of(
                        Code.E0201.at("夏.policy", new Span(1, 18, 1, 23), "unknown field `reasn`")
                                .withHelp("did you mean `reason`?"),
                        Code.E0206.at("夏.policy", new Span(2, 6, 2, 13),
                                "duplicate rule name `夏装特惠😀`")),
                        Map.of("夏.policy", "rule \"夏装😀\": when reasn = size then manual_review\n"
                                + "rule \"夏装特惠😀\": when amount < 5 then manual_review\n")),
                new Case("tabs", List.of(Code.E0202.at("t.policy", new Span(2, 16, 2, 19),
                        "unknown value `siz` of `reason`").withHelp("did you mean `size`?")),
                        Map.of("t.policy", "rule x:\n\twhen\treason = siz\tthen manual_review\n")),
                new Case("wide-gutter", List.of(
                        Code.W0406.at("big.policy", new Span(1, 1, 1, 2), "no platform profile"),
                        Code.E0203.at("big.policy", new Span(12345, 15, 12345, 17),
                                "cannot compare money `amount` with duration `7d`")),
                        Map.of("big.policy", "when amount < 1 then manual_review\n".repeat(12344)
                                + "when amount < 7d then manual_review\n")),
                new Case("multi-line-span", List.of(Code.E0208.at("m.policy", new Span(1, 1, 3, 22),
                        "`approve_cancel` never applies to the requests this rule allows")),
                        Map.of("m.policy", "when request = refund_only\n  and amount < 5\n"
                                + "  then approve_cancel\n")),
                new Case("missing-source", List.of(Code.E0209.at("gone.policy",
                                new Span(2, 10, 2, 19), "unknown platform profile `tiktok_uk`")
                        .withHelp("did you mean `tiktok_us`?")), Map.of()),
                new Case("two-files", List.of(
                        Code.E0101.at("b.platform", new Span(1, 7, 1, 8), "expected a name"),
                        Code.W0406.at("a.policy", new Span(1, 1, 1, 5), "no platform profile")),
                        Map.of("a.policy", "when amount < 5 then manual_review\n",
                                "b.platform", "guard : when amount < 5 then manual_review\n")),
                parsed("syntax-errors", """
                        policy "broken"
                        when reason = then approve_return_label
                        when amount < 80USD then approve_refund
                        rule "open: when amount < 5 then manual_review
                        when amount <"""),
                new Case("clean", List.of(), Map.of()))
                .map(Arguments::of);
    }

    private static Case parsed(String name, String text) {
        List<Diagnostic> diagnostics = SourceParser.parse("p.policy", text).diagnostics();
        return new Case(name, diagnostics, Map.of("p.policy", text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void human(Case c) {
        Golden.assertMatches("render/" + c.name() + ".txt", render(new HumanRenderer(false), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void json(Case c) {
        Golden.assertMatches("render/" + c.name() + ".json", render(new JsonRenderer(), c));
    }

    static String render(DiagnosticRenderer renderer, Case c) {
        StringWriter text = new StringWriter();
        renderer.render(c.diagnostics(), c.sources(), new PrintWriter(text));
        return text.toString();
    }
}
