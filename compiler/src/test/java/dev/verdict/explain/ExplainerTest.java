package dev.verdict.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.request.RequestFormat;
import dev.verdict.runtime.RequestValues;
import dev.verdict.source.Schemas;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainerTest {

    static CheckedPolicy compile(String text) {
        Compilation compilation =
                new Compiler(Schemas.aftersale(), new CompilerOptions(null, false))
                .compile("t.policy", text, null);
        assertTrue(compilation.policy() != null, compilation.diagnostics().toString());
        return compilation.policy();
    }

    private static List<String> explain(String policy, String request) {
        CheckedPolicy checked = compile(policy);
        RequestValues values = RequestFormat.of(checked).reader().read(request);
        return new Explainer(checked).explain(values).lines();
    }

    @Test
    void showsTheFirstFailingAtomOfEachRuleUntilOneFires() {
        assertEquals(List.of(
                "small (t.policy:1): not fired: `amount < 80.00 USD` is false (amount = 95.00 USD)",
                "rule@2 (t.policy:2): fired",
                "decision: manual_review by rule@2 (line 2, policy)"), explain("""
                rule small: when reason = size and amount < 80 then approve_return_label
                when amount >= 80 then manual_review
                when amount >= 0 then approve_refund
                """, """
                {"request": "return_and_refund", "reason": "size", "amount": "95"}"""));
    }

    @Test
    void unknownAtomsNameTheAbsentField() {
        assertEquals(List.of(
                "risky (t.policy:1): not fired: `buyer.credit_score < 60` is unknown "
                        + "(buyer.credit_score is absent)",
                "decision: manual_review (default: no rule fired)"),
                explain("rule risky: when buyer.credit_score < 60 then manual_review",
                        "{\"request\": \"cancel\"}"));
    }

    @Test
    void everyAlternativeOfAnOrIsShown() {
        List<String> lines = explain("when reason = damaged or amount < 5 then approve_refund",
                "{\"request\": \"refund_only\", \"reason\": \"size\", \"amount\": \"9.50\"}");
        assertEquals("rule@1 (t.policy:1): not fired: `reason = damaged` is false (reason = size); "
                + "`amount < 5.00 USD` is false (amount = 9.50 USD)", lines.get(0));
    }

    @Test
    void negatedChainsSayWhatMadeThemFalse() {
        List<String> lines = explain(
                "when not (reason in [damaged, defective] and item.opened) then approve_refund",
                "{\"request\": \"refund_only\", \"reason\": \"damaged\", "
                        + "\"item\": {\"opened\": true}}");
        assertEquals("rule@1 (t.policy:1): not fired: `not (reason in [damaged, defective] and "
                + "item.opened)` is false, as `reason in [damaged, defective]` is true "
                + "(reason = damaged) and `item.opened` is true (item.opened = true)",
                lines.get(0));
    }

    @Test
    void anOutcomeThatDoesNotApplySaysSo() {
        List<String> lines = explain(
                "when amount < 50 then approve_cancel\notherwise reject(other)",
                "{\"request\": \"refund_only\", \"amount\": \"5\"}");
        assertEquals(List.of("rule@1 (t.policy:1): not fired: `approve_cancel` applies to "
                        + "`request = cancel`, not to `request = refund_only`",
                "otherwise (t.policy:2): fired",
                "decision: reject(other) by otherwise (line 2, policy)"), lines);
    }

    @Test
    void guardsComeFirstAndSettingsShowTheirValue() {
        List<String> lines = explain("platform tiktok_us\nset return_window = 14d\n"
                        + "when amount < 5 then approve_refund",
                "{\"request\": \"refund_only\", \"reason\": \"size\", \"amount\": \"1\", "
                        + "\"since_delivery\": \"15d\"}");
        assertTrue(lines.get(0).startsWith("guard \"Outside the return window\" (bundled:"),
                lines.get(0));
        assertTrue(lines.get(0).endsWith(": fired"), lines.get(0));
        assertEquals("decision: reject(outside_return_window) by \"Outside the return window\" "
                + lines.get(1).substring(lines.get(1).indexOf("(line")), lines.get(1));
        List<String> inWindow = explain("platform tiktok_us\nset return_window = 14d\n"
                        + "when amount < 5 then approve_refund",
                "{\"request\": \"refund_only\", \"reason\": \"size\", \"amount\": \"1\", "
                        + "\"since_delivery\": \"36h\"}");
        assertTrue(inWindow.get(0).endsWith("not fired: `since_delivery > return_window` is false "
                + "(since_delivery = 36h, return_window = 14d)"), inWindow.get(0));
    }
}
