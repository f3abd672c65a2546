package dev.verdict.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.source.Schemas;
import org.junit.jupiter.api.Test;

/**
 * The IR printed back in DSL syntax reads as the condition was written, sugar aside; or, for
 * analysis messages, with negations pushed into the atoms.
 */
class ExprPrinterTest {

    private static Expr written(String condition) {
        Compilation compilation =
                new Compiler(Schemas.aftersale(), new CompilerOptions(null, false))
                .compile("t.policy", "currency JPY\nwhen " + condition + " then manual_review",
                        null);
        assertTrue(compilation.policy() != null, compilation.diagnostics().toString());
        return compilation.policy().rules().get(0).written();
    }

    private static String printed(String condition) {
        return ExprPrinter.asWritten(ValueText.withCurrency("JPY", 0)).print(written(condition));
    }

    private static String normalised(String condition) {
        return ExprPrinter.normalised(ValueText.withoutCurrency(0)).print(written(condition));
    }

    @Test
    void printsEveryKindOfAtom() {
        assertEquals("amount < 80 JPY", printed("amount < 80"));
        assertEquals("reason = size", printed("reason = size"));
        assertEquals("reason != size", printed("reason != size"));
        assertEquals("reason in [size, damaged]", printed("reason in [damaged, size]"));
        assertEquals("reason not in [size, damaged]", printed("reason not in [size, damaged]"));
        assertEquals("since_delivery is absent", printed("since_delivery is absent"));
        assertEquals("since_delivery is present", printed("since_delivery is present"));
        assertEquals("item.opened", printed("item.opened"));
        assertEquals("since_order >= 2d", printed("since_order >= 48h"));
        assertEquals("return_shipping_fee > amount", printed("return_shipping_fee > amount"));
    }

    @Test
    void keepsPrecedenceWithMinimalParentheses() {
        assertEquals("(reason = size or amount < 5 JPY) and not (item.opened or order.is_cod)",
                printed("(reason = size or amount < 5) and not (item.opened or order.is_cod)"));
    }

    @Test
    void keepsWhatWasWrittenWhereNormalisingWouldChangeIt() {
        assertEquals("not amount < 80 JPY", printed("not (amount < 80)"));
        assertEquals("not item.opened", printed("not item.opened"));
        assertEquals("request in [cancel, refund_only, return_and_refund]",
                printed("request in [cancel, refund_only, return_and_refund]"));
        assertEquals("(amount >= 1 JPY and amount <= 5 JPY) and item.opened",
                printed("amount between 1 and 5 and item.opened"));
    }

    @Test
    void normalisedPrintsNegatedAtomsAsTheirOpposites() {
        assertEquals("amount < 80", normalised("amount < 80"));
        assertEquals("amount >= 80", normalised("not (amount < 80)"));
        assertEquals("item.opened = true", normalised("item.opened"));
        assertEquals("item.opened != true", normalised("not item.opened"));
        assertEquals("reason != size", normalised("reason != size"));
        assertEquals("reason not in [size, damaged]",
                normalised("reason not in [size, damaged]"));
        assertEquals("since_delivery is absent", normalised("since_delivery is absent"));
    }

    @Test
    void normalisedPrintsEnumSetsByTheirShorterSide() {
        assertEquals("request != replacement",
                normalised("request in [cancel, refund_only, return_and_refund]"));
        assertEquals("request = replacement",
                normalised("request not in [cancel, refund_only, return_and_refund]"));
        assertEquals("reason in [size, damaged]", normalised("reason in [damaged, size]"));
    }

    @Test
    void normalisedKeepsAndsFlatAndGroupsOrs() {
        assertEquals("amount >= 1 and amount <= 5 and item.opened = true",
                normalised("amount between 1 and 5 and item.opened"));
        assertEquals("(reason = size or amount < 5)"
                        + " and not (item.opened = true or order.is_cod = true)",
                normalised("(reason = size or amount < 5) and not (item.opened or order.is_cod)"));
    }
}
