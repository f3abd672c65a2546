package dev.verdict.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.request.RequestFormat;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.InvalidRequestException;
import dev.verdict.runtime.RequestValues;
import dev.verdict.source.Schemas;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The interpreter, request format and test runner on policies compiled from text. */
class CompiledPolicyTest {

    private static CheckedPolicy compile(String text) {
        Compilation compilation = new Compiler(Schemas.aftersale(), new CompilerOptions(null, true))
                .compile("t.policy", text, null);
        assertNotNull(compilation.policy(), () -> "errors: " + compilation.diagnostics());
        return compilation.policy();
    }

    private static Decision decide(CheckedPolicy policy, String json) {
        RequestValues request = RequestFormat.of(policy).reader().read(json);
        return new Interpreter(policy).decide(request);
    }

    @Test
    void testsReportWhatWentWrong() {
        CheckedPolicy policy = compile("""
                policy "with tests"
                platform tiktok_us
                when reason = size and amount < 80 then approve_return_label
                rule damage: when reason = damaged and amount < 20 then reject(item_opened)

                test defaults: request = return_and_refund, reason = size, amount = 20

                test "label": expect approve_return_label by "rule@3"
                test "wrong rule": expect approve_return_label by damage
                test "wrong args":
                  given reason = damaged, amount = 10
                  expect reject(other)
                test "late":
                  given since_delivery = 31d
                  expect approve_return_label
                test "big": given amount = 500 expect manual_review
                """);
        TestReport report = new TestRunner(new Interpreter(policy)).run(policy.tests());
        assertEquals("2 passed, 3 failed", report.summary());
        List<String> failures = report.results().stream().filter(r -> !r.passed())
                .map(TestResult::failure).toList();
        assertEquals(List.of("expected `approve_return_label` by `damage`, decided by `rule@3`",
                "expected `reject(other)`, got `reject(item_opened)` from `damage`",
                "expected `approve_return_label`, got `reject(outside_return_window)` "
                        + "from `Outside the return window`"), failures);
    }

    @Test
    void aRequestMustCarryTheRequiredFieldsThePolicyReads() {
        CheckedPolicy policy = compile(
                "when reason = size and buyer.refunds_30d < 3 then approve_return_label\n");
        String request = "{\"request\":\"return_and_refund\",\"reason\":\"size\"";
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> decide(policy, request + "}"));
        assertEquals("request lacks required field `buyer.refunds_30d`", e.getMessage());
        assertEquals("rule@1", decide(policy, request + ",\"buyer\":{\"refunds_30d\":2}}").rule());
        RequestFormat format = RequestFormat.of(policy);
        assertFalse(format.isRequired(Schemas.aftersale().field("amount").orElseThrow().index()));
    }

    @Test
    void decisionsPrintMoneyInThePolicyCurrency() {
        CheckedPolicy policy = compile("""
                currency JPY
                rule sorry: when reason = late_delivery and amount < 3000
                  then approve_refund, issue_coupon(500), tag("late")
                """);
        Decision decision = decide(policy, "{\"request\":\"refund_only\","
                + "\"reason\":\"late_delivery\",\"amount\":\"2999\"}");
        assertEquals("{\"outcome\":\"approve_refund\",\"args\":[],\"obligations\":["
                + "{\"action\":\"issue_coupon\",\"args\":[\"500 JPY\"]},"
                + "{\"action\":\"tag\",\"args\":[\"late\"]}],\"rule\":\"sorry\",\"line\":2,"
                + "\"source\":\"policy\"}", decision.toJson());
    }

    @Test
    void settingsFollowThePolicyAndTheProfile() {
        CheckedPolicy policy = compile("""
                platform tiktok_us
                set return_window = 45d where category in [womenswear, menswear]
                when reason = size and amount < 100 then approve_return_label
                """);
        Interpreter interpreter = new Interpreter(policy);
        var womenswear = RequestFormat.of(policy).reader().read(
                "{\"request\":\"return_and_refund\",\"reason\":\"size\",\"amount\":\"50\","
                + "\"category\":\"womenswear\",\"since_delivery\":\"46d\"}");
        var setting = policy.schema().setting("return_window").orElseThrow();
        assertEquals(OptionalLong.of(45 * 24 * 60), interpreter.settingValue(setting, womenswear));
        assertEquals("Outside the return window", interpreter.decide(womenswear).rule());
        var beauty = womenswear.toBuilder()
                .set(Schemas.aftersale().field("category").orElseThrow().index(), 7).build();
        assertEquals(OptionalLong.of(30 * 24 * 60), interpreter.settingValue(setting, beauty));
    }
}
