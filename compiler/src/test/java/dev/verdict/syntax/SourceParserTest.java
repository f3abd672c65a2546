package dev.verdict.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.ast.Cond;
import dev.verdict.ast.Decl;
import dev.verdict.ast.Operand;
import dev.verdict.diag.Code;
import dev.verdict.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceParserTest {

    private static List<String> codesAndLines(String text) {
        return SourceParser.parse("t.policy", text).diagnostics().stream()
                .map(d -> d.span().line() + " " + d.code()).toList();
    }

    private static Diagnostic only(String text) {
        List<Diagnostic> diagnostics = SourceParser.parse("t.policy", text).diagnostics();
        assertEquals(1, diagnostics.size(), diagnostics.toString());
        return diagnostics.get(0);
    }

    @Test
    void parsesTheMissionExample() {
        var result = SourceParser.parse("t.policy",
                "when reason = size and amount < 80 then approve_return_label");
        assertEquals(List.of(), result.diagnostics());
        var rule = assertInstanceOf(Decl.RuleDecl.class, result.file().decls().get(0));
        assertEquals("rule@1", rule.displayName());
        var and = assertInstanceOf(Cond.And.class, rule.when());
        assertEquals(2, and.operands().size());
    }

    @Test
    void saysWhatWasExpectedAfterWhat() {
        Diagnostic d = only("policy \"broken\"\nwhen reason = then approve_return_label\n");
        assertEquals(Code.E0101, d.code());
        assertEquals("expected a value after `=`, found `then`", d.message());
        assertEquals(2, d.span().line());
        assertEquals(15, d.span().column());
    }

    @Test
    void reportsEveryIndependentSyntaxError() {
        String text = """
                policy "two mistakes"
                when amount < then approve_refund
                when reason = size then approve_return_label
                when reason = = damaged then approve_refund
                """;
        assertEquals(List.of("2 E0101", "4 E0101"), codesAndLines(text));
    }

    @Test
    void keepsOnlyWellFormedDeclarations() {
        var file = SourceParser.parse("t.policy",
                "when amount < then approve_refund\nwhen amount < 5 then manual_review").file();
        assertEquals(1, file.decls().size());
        assertEquals(2, ((Decl.RuleDecl) file.decls().get(0)).whenLine());
    }

    @Test
    void unterminatedStringIsE0102() {
        Diagnostic d = only("rule \"open: when amount < 5 then manual_review\n");
        assertEquals(Code.E0102, d.code());
    }

    @Test
    void exponentsAndDigitSeparatorsAreNamedInTheHelp() {
        for (String number : List.of("1e400", "1E400")) {
            Diagnostic d = only("when amount < " + number + " then manual_review");
            assertEquals(Code.E0103, d.code());
            assertEquals("malformed literal `" + number + "`", d.message());
            assertTrue(d.help().contains("no exponent"), d.help());
        }
        Diagnostic grouped = only("when amount < 1_000 then manual_review");
        assertEquals(Code.E0103, grouped.code());
        assertEquals("numbers have no digit separators: write `1000`", grouped.help());
    }

    @Test
    void controlCharactersAreEscapedInSyntaxErrors() {
        Diagnostic nul = only("when amount < 5 then manual_review \u0000\n");
        assertEquals(Code.E0101, nul.code());
        assertEquals("unexpected character `\\u{0}`", nul.message());
        Diagnostic inString = only("policy \"a\u0007b\" \"c\"\n");
        assertEquals(Code.E0101, inString.code());
        assertTrue(inString.message().contains("`\"a\\u{7}b\"`"), inString.message());
        assertTrue(inString.message().chars().noneMatch(Character::isISOControl),
                inString.message());
    }

    @Test
    void malformedDurationIsE0103() {
        assertEquals(List.of("1 E0103"),
                codesAndLines("when since_order > 7.5d then manual_review"));
        assertEquals(List.of("1 E0103"), codesAndLines("when since_order > 7w then manual_review"));
        assertTrue(only("when amount < 80USD then manual_review").help().contains("`80 USD`"));
    }

    @Test
    void deepNestingIsE0104NotACrash() {
        String text = "when " + "(".repeat(100_000) + "amount < 1" + ")".repeat(100_000)
                + " then manual_review";
        assertEquals(List.of("1 E0104"), codesAndLines(text));
        assertEquals(List.of("1 E0104"), codesAndLines("when " + "not ".repeat(10_000)
                + "item.opened then manual_review"));
    }

    @Test
    void readsLiteralsExactly() {
        var rule = (Decl.RuleDecl) SourceParser.parse("t.policy",
                "rule \"夏装\\u{1F600}\": when amount < 79.99 USD then tag(\"a\\\"b\")").file()
                        .decls().get(0);
        assertEquals("夏装😀", rule.name().text());
        var cmp = (Cond.Compare) rule.when();
        var number = (Operand.NumberLit) cmp.right();
        assertEquals("79.99", number.value().toPlainString());
        assertEquals("USD", number.currency());
        assertEquals("a\"b", ((Operand.StringLit) rule.then().get(0).args().get(0)).value());
    }

    @Test
    void columnsCountCodePoints() {
        Diagnostic d = only("rule \"😀😀\": when reasn = = size then manual_review");
        assertEquals(25, d.span().column());
    }

    @Test
    void aMissingNameLeavesTheDeclarationOut() {
        var result = SourceParser.parse("t.policy", "rule : when amount < 5 then manual_review\n"
                + "test \"t\": expect manual_review by\n");
        assertEquals(List.of("1 E0101", "2 E0101"), result.diagnostics().stream()
                .map(d -> d.span().line() + " " + d.code()).toList());
        assertEquals(List.of(), result.file().decls());
    }

    @Test
    void aTestMayExpectOtherwise() {
        var test = (Decl.TestCase) SourceParser.parse("t.policy",
                "test \"t\": given amount = 5 expect manual_review by otherwise").file().decls()
                        .get(0);
        assertEquals("otherwise", test.by().text());
        assertEquals(1, test.given().size());
    }
}
