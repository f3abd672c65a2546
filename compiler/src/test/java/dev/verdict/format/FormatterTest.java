package dev.verdict.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.diag.Code;
import dev.verdict.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FormatterTest {

    private static String format(String text) {
        FormatResult result = Formatter.format("t.policy", text);
        assertNotNull(result.text(), result.diagnostics().toString());
        return result.text();
    }

    @ParameterizedTest
    @ValueSource(strings = {"summer.policy", "tiktok_us.platform", "tests-in-file.policy",
            "comments-only.policy", "compact.policy"})
    void formatsExampleFiles(String name) throws IOException {
        String formatted = format(Files.readString(Path.of("src/test/resources/format", name)));
        Golden.assertMatches("format/" + name, formatted);
        assertEquals(formatted, format(formatted), "formatting twice changes nothing");
    }

    @Test
    void refusesAFileWithSyntaxErrors() {
        FormatResult result = Formatter.format("t.policy", "when amount < then approve_refund\n");
        assertTrue(result.refused());
        assertNull(result.text());
        assertEquals(Code.E0101, result.diagnostics().get(0).code());
    }

    @Test
    void refusesAFileWithAMalformedLiteral() {
        String text = "when amount < 80USD then approve_refund";
        assertTrue(Formatter.format("t.policy", text).refused());
    }

    @Test
    void emptyFileStaysEmpty() {
        assertEquals("", format(""));
        assertEquals("", format("\n\n  \n"));
    }

    @Test
    void shortUnnamedRulesStayOnOneLineAndNamedRulesAreBlocks() {
        assertEquals("""
                when reason = size and amount < 80 then approve_return_label

                rule big:
                  when amount >= 1000
                  then manual_review
                """, format("when reason=size and amount<80 then approve_return_label\n"
                + "rule big when amount>=1000 then manual_review"));
    }

    @Test
    void parenthesesOnlyWhereTheTreeNeedsThem() {
        assertEquals("when (a or b) and not c and not (d and e) or f then x\n",
                format("when ((a or b) and (not (c)) and not (d and e)) or (f) then x"));
        assertEquals("when a and (b and c) then x\n", format("when a and (b and c) then x"));
    }

    @Test
    void longConditionsBreakBeforeTopLevelOperators() {
        String atom = "buyer.refund_total_30d < 1000";
        String condition = String.join(" and ", atom, atom, atom, atom);
        String text = format("when " + condition + " then manual_review");
        assertEquals("""
                when buyer.refund_total_30d < 1000 and buyer.refund_total_30d < 1000
                  and buyer.refund_total_30d < 1000 and buyer.refund_total_30d < 1000
                then manual_review
                """, text);
        assertTrue(text.lines().allMatch(line -> line.length() <= 100));
    }

    @Test
    void longListsOfValuesBreakAfterCommas() {
        String first = "request = refund_only, reason = damaged, amount = 98, "
                + "buyer.refunds_30d = 0";
        String rest = "buyer.refund_total_30d = 0, return_shipping_fee = 8";
        String formatted = format("test defaults: " + first + ", " + rest + "\n"
                + "test \"t\": given " + first + ", " + rest + " expect manual_review");
        assertEquals("test defaults: " + first + ",\n"
                + "  " + rest + "\n"
                + "\n"
                + "test \"t\":\n"
                + "  given " + first + ",\n"
                + "    " + rest + "\n"
                + "  expect manual_review\n", formatted);
    }

    @Test
    void stringsAreReescaped() {
        assertEquals("otherwise tag(\"a\\\"b\\\\c\\n\\t\\u{1}😀\")\n",
                format("otherwise tag(\"a\\\"b\\\\c\\n\\u{9}\\u{1}\\u{1F600}\")"));
    }

    @Test
    void literalsKeepTheirValueAndScale() {
        assertEquals("when amount < 79.90 USD and since_order > 48h and x = 30% then y\n",
                format("when amount < 079.90  USD and since_order > 048h and x = 30% then y"));
    }

    @Test
    void testsFollowTheUnnamedRuleTheyNameWhenItMoves() {
        String text = format("""
                policy "p"
                when amount < 5 then manual_review
                test "t": expect manual_review by "rule@2"
                test "u": expect manual_review by "rule@9"
                """);
        assertTrue(text.contains("\nwhen amount < 5 then manual_review\n"), text);
        assertEquals(3, text.lines().toList().indexOf("when amount < 5 then manual_review") + 1);
        assertTrue(text.contains("by \"rule@3\""), text);
        assertTrue(text.contains("by \"rule@9\""), "a name of no unnamed rule is kept");
    }

    @Test
    void commentsStayWhereTheyWere() {
        assertEquals("""
                # before
                rule r:  # on the name
                  when a = 1  # after the condition
                  then x  # after the actions
                # at the end
                """, format("""
                # before
                rule r: # on the name
                  when a = 1 # after the condition
                  then x # after the actions
                # at the end
                """));
    }

    @Test
    void commentsInsideAConditionMoveBeforeTheDeclaration() {
        assertEquals("""
                # first part
                when a = 1 and b = 2 then x  # the rest
                """, format("""
                when a = 1   # first part
                  and b = 2
                  then x     # the rest
                """));
    }

    @Test
    void blankLinesBetweenGroupsAndWhereTheAuthorLeftThem() {
        assertEquals("""
                policy "p"
                currency USD

                let a = [x]

                when a = 1 then x

                when a = 2 then y
                when a = 3 then z
                """, format("policy \"p\" currency USD let a = [x] when a = 1 then x\n\n\n\n"
                + "when a = 2 then y when a = 3 then z"));
    }
}
