package dev.verdict.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verdict.diag.Code;
import dev.verdict.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Syntax of other languages gets one diagnostic that says what to write instead, underlining
 * the foreign token, not a list of what the parser expected.
 */
class ForeignSyntaxTest {

    /** The only diagnostic of {@code text}: the underlined text, message and help. */
    private static String only(String text) {
        List<Diagnostic> diagnostics = SourceParser.parse("t.policy", text).diagnostics();
        assertEquals(1, diagnostics.size(), diagnostics.toString());
        Diagnostic d = diagnostics.get(0);
        assertEquals(Code.E0101, d.code());
        String line = text.lines().toList().get(d.span().line() - 1);
        String underlined = line.substring(d.span().column() - 1, d.span().endColumn() - 1);
        return underlined + " | " + d.message() + " | " + d.help();
    }

    private static final String ARITHMETIC = "arithmetic is not supported; compare fields "
            + "directly or use a setting";

    @Test
    void arithmeticSaysItIsNotSupported() {
        assertEquals("* | " + ARITHMETIC + " (found `*`) | compare two fields "
                        + "(`return_shipping_fee > amount`), or name the threshold in a `set` "
                        + "and compare with it",
                only("when amount * 2 > 80 then manual_review"));
        assertEquals("- | " + ARITHMETIC + " (found `-`) | compare two fields "
                        + "(`return_shipping_fee > amount`), or name the threshold in a `set` "
                        + "and compare with it",
                only("when amount - return_shipping_fee > 5 then manual_review"));
        assertEquals("+", only("when amount > return_shipping_fee + 5 then manual_review")
                .substring(0, 1));
        assertEquals("/", only("when amount / 2 > 5 then manual_review").substring(0, 1));
    }

    @Test
    void otherLanguagesOperatorsGetTheLanguagesOwn() {
        assertEquals("== | `==` is not an operator | write `=`",
                only("when reason == size then manual_review"));
        assertEquals("<> | `<>` is not an operator | write `!=`",
                only("when reason <> size then manual_review"));
        assertEquals("&& | `&&` is not an operator; logic is written in words | write `and`",
                only("when reason = size && amount < 5 then manual_review"));
        assertEquals("|| | `||` is not an operator; logic is written in words | write `or`",
                only("when reason = size || amount < 5 then manual_review"));
        assertEquals("! | `!` is not an operator; logic is written in words | write `not`",
                only("when !item.opened then manual_review"));
    }

    @Test
    void keywordsOfOtherLanguagesPointToTheRuleShape() {
        assertEquals("if | `if` is not a keyword; a rule is `when CONDITION then OUTCOME` "
                        + "| write `when` instead of `if`, and `then` before the outcome",
                only("if amount < 5 then approve_refund"));
        assertEquals("else | `else` is not a keyword; rules are tried in order and the first "
                        + "that fires decides | for what no rule decides, write "
                        + "`otherwise OUTCOME` as the last declaration",
                only("when amount < 5 then approve_refund else manual_review"));
        assertEquals("AND | keywords are lowercase: `AND` | write `and`",
                only("when reason = size AND amount < 5 then manual_review"));
    }

    @Test
    void delimitersAndQuotesOfOtherLanguages() {
        assertEquals("; | `;` is not part of the language; declarations need no delimiters "
                        + "| remove `;`: each declaration starts with its keyword (`when`, "
                        + "`rule`, `set`, ...)",
                only("when amount < 5 then manual_review;"));
        assertEquals("' | strings are written in double quotes | write `\"text\"`",
                only("when amount < 5 then manual_review, tag('x')"));
    }
}
