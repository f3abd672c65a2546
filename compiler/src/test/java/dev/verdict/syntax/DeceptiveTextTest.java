package dev.verdict.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.diag.Code;
import dev.verdict.diag.Diagnostic;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * W0105: bidirectional controls anywhere (comments and strings too) and words mixing lookalike
 * alphabets, each at its exact code point and named by it.
 */
class DeceptiveTextTest {

    private static List<Diagnostic> warnings(String text) {
        return SourceParser.parse("t.policy", text).diagnostics().stream()
                .filter(d -> d.code() == Code.W0105).toList();
    }

    private static String at(Diagnostic d) {
        return d.span().line() + ":" + d.span().column();
    }

    @Test
    void bidiControlInACommentIsNamedAtItsPosition() {
        List<Diagnostic> found = warnings("# ok \u202E } \u2066\n"
                + "when amount < 5 then manual_review\n");
        assertEquals(List.of("1:6", "1:10"), found.stream().map(DeceptiveTextTest::at).toList());
        assertTrue(found.get(0).message().contains("U+202E RIGHT-TO-LEFT OVERRIDE"),
                found.get(0)::message);
        assertTrue(found.get(1).message().contains("U+2066 LEFT-TO-RIGHT ISOLATE"),
                found.get(1)::message);
    }

    @Test
    void bidiControlInAStringAfterWideCharactersCountsCodePoints() {
        List<Diagnostic> found = warnings("policy \"😀\u200F\"\n");
        assertEquals(List.of("1:10"), found.stream().map(DeceptiveTextTest::at).toList());
        assertTrue(found.get(0).message().contains("U+200F RIGHT-TO-LEFT MARK"));
    }

    @Test
    void cyrillicLetterInANameIsFound() {
        List<Diagnostic> found = warnings("when amount < 5\r\nthen approve_r\u0435turn_label\n");
        assertEquals(List.of("2:15"), found.stream().map(DeceptiveTextTest::at).toList());
        assertEquals("`approve_r\u0435turn_label` mixes Latin and Cyrillic letters, from "
                + "U+0435 CYRILLIC SMALL LETTER IE", found.get(0).message());
    }

    @Test
    void greekInAStringIsFoundButNotInAComment() {
        List<Diagnostic> found = warnings("policy \"n\u03BFrmal\" # n\u03BFrmal\n");
        assertEquals(List.of("1:10"), found.stream().map(DeceptiveTextTest::at).toList());
        assertTrue(found.get(0).message().contains("Latin and Greek"));
    }

    @Test
    void oneAlphabetPerWordIsFine() {
        assertEquals(List.of(), warnings("policy \"Возврат and returns 夏sale\"\n"
                + "when amount < 5 then manual_review # пример\n"));
    }

    /** Wherever a bidi control goes, it is reported once, where it is. */
    @Property(tries = 200)
    void everyBidiControlIsReportedWhereItIs(@ForAll @IntRange(max = 40) int offset,
                                             @ForAll @IntRange(min = 0, max = 8) int which) {
        int[] controls = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x200E};
        String line = "when amount < 5 then manual_review # note";
        int cut = Math.min(offset, line.length());
        String text = line.substring(0, cut) + Character.toString(controls[which])
                + line.substring(cut);
        List<Diagnostic> found = warnings(text);
        assertEquals(1, found.size());
        assertEquals("1:" + (cut + 1), at(found.get(0)));
        assertFalse(found.get(0).help().isEmpty());
    }
}
