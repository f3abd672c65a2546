package dev.verdict.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verdict.ir.CheckedPolicy;
import org.junit.jupiter.api.Test;

/** Example requests read well: round values, the fields that matter, canonical DSL syntax. */
class ExamplesTest {

    private static String example(String condition) {
        String text = "when " + condition + " then manual_review\n";
        CheckedPolicy policy = Policies.checked(text).policy();
        Context context = Context.of(policy, new Budget(Long.MAX_VALUE, 1000),
                TextValues.of(policy));
        Region fires = context.conditions().truth(policy.rules().get(0).condition());
        return context.examples().in(fires).text();
    }

    @Test
    void picksRoundValuesNearTheBounds() {
        assertEquals("amount = 10.00", example("amount < 50"));
        assertEquals("amount = 101.00", example("amount > 100"));
        assertEquals("amount = 4.00", example("amount < 5"));
        assertEquals("amount = 0.49", example("amount between 0.4 and 0.49"));
        assertEquals("since_delivery = 31d", example("since_delivery > 30d"));
        assertEquals("since_delivery = 1d", example("since_delivery is present"));
        assertEquals("buyer.credit_score = 0", example("buyer.credit_score < 60"));
        assertEquals("buyer.refunds_30d = 3", example("buyer.refunds_30d >= 3"));
        assertEquals("item.opened = true", example("item.opened"));
    }

    @Test
    void namesOnlyTheFieldsThatMatterInSchemaOrder() {
        assertEquals("request = return_and_refund, reason = size, category = jewelry",
                example("category = jewelry and reason = size and request = return_and_refund"));
        assertEquals("any request", example("amount >= 0"));
        assertEquals("since_delivery is absent", example("since_delivery is absent"));
    }

    @Test
    void solvesFieldAgainstFieldComparisons() {
        assertEquals("amount = 10.00, return_shipping_fee = 11.00",
                example("return_shipping_fee > amount and amount < 25"));
        assertEquals("amount = 10.00, item.price = 10.00", example("item.price = amount"));
    }
}
