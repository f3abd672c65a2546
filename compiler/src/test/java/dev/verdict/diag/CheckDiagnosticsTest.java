package dev.verdict.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The E02xx messages as a user reads them, each from a policy that triggers it. */
class CheckDiagnosticsTest {

    @Test
    void anUnknownFieldSuggestsTheClosest() {
        assertEquals("""
                t.policy:2:6: error[E0201]: unknown field `reasn`
                   2 | when reasn = size then approve_return_label
                     |      ^^^^^ help: did you mean `reason`?
                """, Rendered.human("platform tiktok_us\n"
                + "when reasn = size then approve_return_label\n", Code.E0201));
    }

    @Test
    void aWrongArgumentCount() {
        assertEquals("""
                t.policy:2:22: error[E0205]: `reject` takes 1 argument (reason), but none was \
                given
                   2 | when amount < 7 then reject
                     |                      ^^^^^^
                """, Rendered.human("platform tiktok_us\nwhen amount < 7 then reject\n",
                Code.E0205));
    }

    @Test
    void aDuplicateRulePointsAtTheFirst() {
        assertEquals("""
                t.policy:3:6: error[E0206]: duplicate rule name `big`
                   3 | rule big: when amount > 9 then manual_review
                     |      ^^^ help: the first `big` is on line 2
                     = note: first defined here at t.policy:2:6
                """, Rendered.human("platform tiktok_us\n"
                + "rule big: when amount > 5 then manual_review\n"
                + "rule big: when amount > 9 then manual_review\n", Code.E0206));
    }

    @Test
    void anUnknownBundledProfileListsTheBundledOnes() {
        Diagnostic d = CheckDiagnostics.unknownProfile(new dev.verdict.ast.Span(1, 10, 1, 14),
                "zzzz", List.of("tiktok_us"), true);
        assertEquals("unknown platform profile `zzzz` (the default platform)", d.message());
        assertEquals("bundled profiles: `tiktok_us`; a profile of your own is named by its path"
                + " in quotes", d.help());
    }

    @Test
    void aProfileDeclarationInAPolicy() {
        assertEquals("""
                t.policy:2:1: error[E0211]: `default` belongs in a platform profile
                   2 | default return_window = 30d
                     | ^^^^^^^ help: a policy gives a setting its value with `set`
                """, Rendered.human("platform tiktok_us\ndefault return_window = 30d\n",
                Code.E0211));
    }
}
