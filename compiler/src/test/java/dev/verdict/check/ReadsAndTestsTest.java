package dev.verdict.check;

import static dev.verdict.check.Checked.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.TestCase;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Field;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fields a policy reads (SPEC §11), and its {@code test} blocks in the IR (SPEC §7). */
class ReadsAndTestsTest {

    private static Set<String> reads(String text) {
        return Checked.policy(text).reads().stream().map(Field::path).collect(Collectors.toSet());
    }

    @Test
    void readsAreTheFieldsOfEffectiveConditionsAndSettings() {
        assertEquals(
                Set.of("reason", "amount", "request"),
                reads("when reason = size and amount < 80 then approve_return_label"));
        assertEquals(Set.of("amount"), reads("when amount < 80 then manual_review"));
        assertEquals(
                Set.of("amount", "category"),
                reads(
                        "set return_window = 45d where category = shoes\n"
                            + "when amount < 80 then manual_review"));
    }

    @Test
    void readsIncludeGuardsAndCapsButNotForbids() {
        Set<String> reads = reads("platform \"caps.platform\"\nwhen amount < 5 then manual_review");
        assertEquals(
                Set.of("amount", "request", "since_delivery", "category", "item.price"), reads);
        Set<String> bundled = reads("platform tiktok_us\nwhen amount < 5 then manual_review");
        assertFalse(
                bundled.contains("item.price"),
                "the forbid's condition is not evaluated on requests");
        assertTrue(bundled.containsAll(Set.of("request", "reason", "since_delivery")));
    }

    @Test
    void aTestsRequestIsTheDefaultsOverriddenByGiven() {
        CheckedPolicy policy =
                Checked.policy(
                        """
platform tiktok_us
rule small: when reason = size and amount < 80 then approve_return_label
test defaults: request = return_and_refund, reason = size, amount = 20, item.opened = false
test "bigger":
  given amount = 50.25, since_delivery = 3d
  expect approve_return_label by small
test "refused": given reason = damaged
  expect reject(outside_return_window) by "Outside the return window"
test "any": expect manual_review()
""");
        List<TestCase> tests = policy.tests();
        assertEquals(
                List.of("bigger", "refused", "any"), tests.stream().map(TestCase::name).toList());
        TestCase bigger = tests.get(0);
        RequestValues request = bigger.request();
        assertEquals(5025, request.value(field("amount").index()));
        assertEquals(3 * 24 * 60, request.value(field("since_delivery").index()));
        assertEquals(
                field("request").type().ordinal("return_and_refund"),
                request.value(field("request").index()));
        assertTrue(request.isPresent(field("item.opened").index()));
        assertEquals(0, request.value(field("item.opened").index()));
        assertFalse(request.isPresent(field("category").index()));
        assertEquals("approve_return_label", bigger.outcome());
        assertNull(bigger.args());
        assertEquals("small", bigger.rule());
        assertEquals("t.policy", bigger.file());
        assertEquals(4, bigger.span().line());
        assertEquals(List.of("outside_return_window"), tests.get(1).args());
        assertEquals(2000, tests.get(1).request().value(field("amount").index()));
        assertEquals(List.of(), tests.get(2).args());
        assertNull(tests.get(2).rule());
    }
}
