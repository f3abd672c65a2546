package dev.verdict.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The W04xx and I0901 messages as a user reads them, each from a policy that triggers it. */
class AnalysisDiagnosticsTest {

    @Test
    void anUnreachableRulePointsAtTheRuleThatDecides() {
        assertEquals("""
                t.policy:3:1: warning[W0401]: rule `rule@3` is unreachable: every request it \
                matches is decided by the platform guard `Outside the return window` and `rule@2`
                   3 | when amount < 10 then approve_refund
                     | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ help: e.g. request = refund_only, \
                amount = 9.00; it is decided by rule `rule@2`; remove the rule or move it earlier
                     = note: the request is decided here at t.policy:2:1
                """, Rendered.human("platform tiktok_us\n"
                + "when amount < 50 then manual_review\n"
                + "when amount < 10 then approve_refund\n"
                + "otherwise manual_review\n", Code.W0401));
    }

    @Test
    void aConditionThatIsNeverTrue() {
        assertEquals("""
                t.policy:2:1: warning[W0402]: condition of rule `rule@2` can never be true
                   2 | when amount < 5 and amount > 9 then approve_refund
                     | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ help: `amount < 5.00` \
                and `amount > 9.00` cannot both be true
                """, Rendered.human("platform tiktok_us\n"
                + "when amount < 5 and amount > 9 then approve_refund\n"
                + "otherwise manual_review\n", Code.W0402));
    }

    @Test
    void noProfile() {
        assertEquals("""
                t.policy:1:1: warning[W0406]: no platform profile: platform rules were not checked
                   1 | otherwise manual_review
                     | ^ help: add `platform tiktok_us` or pass `--platform`
                """, Rendered.human("otherwise manual_review\n", Code.W0406));
    }

    @Test
    void anIncompleteAnalysisSaysWhy() {
        Diagnostic d = AnalysisDiagnostics.incomplete("the time budget of 2 s ran out at rule `x`");
        assertEquals("analysis incomplete: the time budget of 2 s ran out at rule `x`; later"
                + " checks were not run", d.message());
    }
}
