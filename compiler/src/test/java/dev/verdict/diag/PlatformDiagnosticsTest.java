package dev.verdict.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The E03xx and W0302 messages as a user reads them, each from a policy that triggers it. */
class PlatformDiagnosticsTest {

    @Test
    void aSettingThatBreaksALimitPointsAtTheLimit() {
        assertEquals("""
                t.policy:2:1: error[E0301]: `return_window` = `60d` breaks the platform limit \
                `return_window in [14d, 30d, 45d, 90d]` for every request it applies to
                   2 | set return_window = 60d
                     | ^^^^^^^^^^^^^^^^^^^^^^^ help: e.g. any request; use a value the limit \
                allows
                     = note: the platform limit at bundled:tiktok_us.platform:15:1
                """, Rendered.human("platform tiktok_us\nset return_window = 60d\n"
                + "otherwise manual_review\n", Code.E0301));
    }

    @Test
    void aForbiddenOutcome() {
        assertEquals("""
                t.policy:2:1: error[E0303]: rule `rule@2` can produce `offer_partial_refund`, \
                which the platform forbids where item.price < 10.00 or item.price > 100.00
                   2 | when amount < 5 then offer_partial_refund(20%)
                     | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ help: e.g. request = \
                refund_only, reason = damaged, amount = 4.00, item.price = 9.00, since_delivery = 1d
                """, Rendered.human("platform tiktok_us\n"
                + "when amount < 5 then offer_partial_refund(20%)\n"
                + "otherwise manual_review\n", Code.E0303));
    }
}
