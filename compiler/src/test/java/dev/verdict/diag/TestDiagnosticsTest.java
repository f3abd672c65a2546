package dev.verdict.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The E05xx messages as a user reads them, each from a policy that triggers it. */
class TestDiagnosticsTest {

    private static final String POLICY = "platform tiktok_us\n"
            + "when amount < 5 then approve_refund\n"
            + "otherwise manual_review\n";

    @Test
    void aTestThatLacksAField() {
        assertEquals("""
                t.policy:4:6: error[E0501]: test `small` lacks `amount`, which the policy reads
                   4 | test small:
                     |      ^^^^^ help: add it to `given` or to `test defaults`
                """, Rendered.human(POLICY + "test small:\n  given request = return_and_refund,"
                + " reason = size\n  expect approve_refund\n", Code.E0501));
    }

    @Test
    void aFieldGivenTwicePointsAtTheFirst() {
        assertEquals("""
                t.policy:5:19: error[E0502]: `amount` is given twice
                   5 | given amount = 1, amount = 2
                     |                   ^^^^^^ help: the first is at line 5, column 7
                     = note: first given here at t.policy:5:7
                """, Rendered.human(POLICY + "test small:\n"
                + "given amount = 1, amount = 2\n  expect approve_refund\n", Code.E0502));
    }
}
