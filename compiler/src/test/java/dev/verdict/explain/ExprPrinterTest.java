package dev.verdict.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verdict.ir.CheckedPolicy;
import org.junit.jupiter.api.Test;

/** The IR printed back in DSL syntax reads as the condition was written, sugar aside. */
class ExprPrinterTest {

    private static String printed(String condition) {
        CheckedPolicy policy =
                ExplainerTest.compile("currency JPY\nwhen " + condition + " then manual_review");
        return new ExprPrinter(policy.currency(), policy.currencyDecimals())
                .print(policy.rules().get(0).written());
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
}
