package dev.verdict.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.verdict.diag.Code;
import dev.verdict.format.Formatter;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.source.Schemas;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Tests that say more: {@code given FIELD is absent} leaves an optional field out (overriding
 * {@code test defaults}), and {@code expect OUTCOME, OBLIGATION...} asserts the obligations too.
 */
class TestExpectationsTest {

    private static final String POLICY = """
            platform tiktok_us
            rule undelivered:
              when since_delivery is absent and amount < 20
              then manual_review, tag("undelivered")
            rule serial:
              when buyer.refunds_30d >= 2 then manual_review, tag("velocity")
            otherwise manual_review

            test defaults: request = refund_only, reason = size, amount = 10,
              buyer.refunds_30d = 0, since_delivery = 3d
            """;

    private static Compilation compile(String tests) {
        return new Compiler(Schemas.aftersale(), new CompilerOptions(null, false))
                .compile("t.policy", POLICY + tests, null);
    }

    /** Each test's failure, or {@code passed}. */
    private static List<String> run(String tests) {
        CheckedPolicy policy = compile(tests).policy();
        assertNotNull(policy, () -> compile(tests).diagnostics().toString());
        return new TestRunner(new Interpreter(policy)).run(policy.tests()).results().stream()
                .map(r -> r.passed() ? "passed" : r.failure()).toList();
    }

    private static String errors(String tests) {
        return compile(tests).diagnostics().stream().filter(d -> d.code() != Code.W0404)
                .map(d -> d.code() + " " + d.message() + " | " + d.help())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void givenIsAbsentOverridesTheDefaults() {
        assertEquals(List.of("passed", "passed"), run("""
                test "delivered": expect manual_review by otherwise
                test "not delivered":
                  given since_delivery is absent
                  expect manual_review by undelivered
                """));
    }

    @Test
    void expectedObligationsMustBeExactlyTheDecisions() {
        assertEquals(List.of("passed", "passed",
                "expected `manual_review, tag(\"undelivered\")`, got `manual_review, "
                        + "tag(\"velocity\")` from `serial`",
                "expected `manual_review, tag(\"velocity\")`, got `manual_review` from "
                        + "`otherwise`"), run("""
                test "velocity":
                  given buyer.refunds_30d = 3
                  expect manual_review, tag("velocity")
                test "any obligations without a list":
                  given buyer.refunds_30d = 3
                  expect manual_review by serial
                test "wrong tag":
                  given buyer.refunds_30d = 3
                  expect manual_review, tag("undelivered")
                test "none were given":
                  expect manual_review, tag("velocity")
                """));
    }

    @Test
    void mistakesInTheNewFormsAreReported() {
        assertEquals("E0502 `amount` is required by the schema, so a request cannot leave it "
                + "absent | only optional fields can be `is absent` in a test", errors("""
                test "no amount":
                  given amount is absent
                  expect manual_review
                """));
        assertEquals("E0502 unknown obligation `approve_refund` | `approve_refund` is an "
                + "outcome; `expect` names one outcome, first", errors("""
                test "two outcomes":
                  expect manual_review, approve_refund
                """));
    }

    @Test
    void theFormatterKeepsTheNewForms() {
        String text = "test \"t\":\n  given since_delivery is absent, amount = 5\n"
                + "  expect manual_review, tag(\"velocity\") by serial\n";
        assertEquals(text, Formatter.format("t.policy", text).text());
    }
}
