package dev.verdict.diag.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.ast.Span;
import dev.verdict.diag.Code;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceExcerptTest {

    @Test
    void caretsStartUnderTheSpanAfterWideText() {
        String text = "x\nrule \"夏装😀\": when reasn = size\n";
        SourceExcerpt e = SourceExcerpt.of(text, new Span(2, 18, 2, 23));
        assertEquals("rule \"夏装😀\": when reasn = size", e.line());
        assertEquals(" ".repeat(20), e.padding(), "6 narrow + 3 wide + 8 narrow columns");
        assertEquals("^^^^^", e.carets());
    }

    @Test
    void caretsCoverWideTextTwiceAndCombiningMarksNever() {
        assertEquals("^^^^", SourceExcerpt.of("夏装", new Span(1, 1, 1, 3)).carets());
        assertEquals("^", SourceExcerpt.of("e\u0301", new Span(1, 1, 1, 3)).carets());
        assertEquals("^^", SourceExcerpt.of("👍", new Span(1, 1, 1, 2)).carets());
    }

    @Test
    void tabsBeforeTheSpanStayTabs() {
        SourceExcerpt e = SourceExcerpt.of("\tif\tx", new Span(1, 5, 1, 6));
        assertEquals("\t  \t", e.padding());
    }

    @Test
    void atLeastOneCaretAtTheEndOfALine() {
        SourceExcerpt e = SourceExcerpt.of("when amount <\r\n", new Span(1, 14, 1, 14));
        assertEquals("when amount <", e.line());
        assertEquals(" ".repeat(13), e.padding());
        assertEquals("^", e.carets());
    }

    @Test
    void longLinesShowAWindowAroundTheSpan() {
        String line = "a".repeat(300) + "reasn" + "b".repeat(300);
        SourceExcerpt middle = SourceExcerpt.of(line, new Span(1, 301, 1, 306));
        assertEquals("..." + "a".repeat(40) + "reasn" + "b".repeat(75) + "...", middle.line());
        assertEquals(" ".repeat(43), middle.padding());
        assertEquals("^^^^^", middle.carets());
        SourceExcerpt start = SourceExcerpt.of(line, new Span(1, 1, 1, 2));
        assertEquals("a".repeat(120) + "...", start.line());
        SourceExcerpt last = SourceExcerpt.of(line, new Span(1, 605, 1, 606));
        assertEquals("..." + "b".repeat(120), last.line());
        assertEquals(" ".repeat(3 + 119), last.padding());
        SourceExcerpt wide = SourceExcerpt.of(line, new Span(1, 250, 1, 400));
        assertEquals("^".repeat(120 - 40), wide.carets(), "carets stop where the window does");
    }

    @Test
    void aSpanDeepInAHugeLineIsFoundAndShownInAWindow() {
        String line = "😀".repeat(1_000_000) + "reasn" + "b".repeat(1_000_000);
        LineIndex index = LineIndex.of("x\r" + line + "\r\n");
        SourceExcerpt e = SourceExcerpt.of(index, new Span(2, 1_000_001, 2, 1_000_006));
        assertEquals("..." + "😀".repeat(40) + "reasn" + "b".repeat(75) + "...", e.line());
        assertEquals(" ".repeat(3 + 80), e.padding());
        assertEquals("^^^^^", e.carets());
    }

    @Test
    void noExcerptBeyondTheText() {
        assertNull(SourceExcerpt.of("one\ntwo", new Span(3, 1, 3, 2)));
        assertEquals("", SourceExcerpt.of("one\n", new Span(2, 1, 2, 1)).line());
    }

    @Test
    void colourOnlyWhenAsked() {
        var diagnostics = List.of(
                Code.E0201.at("a.policy", new Span(1, 6, 1, 11), "unknown field `reasn`"));
        Map<String, String> sources = Map.of("a.policy", "when reasn = size then manual_review");
        StringWriter plain = new StringWriter();
        new HumanRenderer(false).render(diagnostics, sources, new PrintWriter(plain));
        StringWriter coloured = new StringWriter();
        new HumanRenderer(true).render(diagnostics, sources, new PrintWriter(coloured));
        assertFalse(plain.toString().contains("\u001B["));
        assertTrue(coloured.toString().contains("\u001B[1;31merror[E0201]\u001B[0m"));
        assertEquals(plain.toString(), coloured.toString().replaceAll("\u001B\\[[0-9;]*m", ""));
    }

    @Test
    void summarySaysErrorsFirstAndPluralises() {
        var error = Code.E0201.at("a", new Span(1, 1, 1, 2), "e");
        var warning = Code.W0406.at("a", new Span(1, 1, 1, 2), "w");
        assertEquals("error: 2 errors, 1 warning",
                HumanRenderer.summary(List.of(error, warning, error)));
        assertEquals("2 warnings", HumanRenderer.summary(List.of(warning, warning)));
        assertNull(HumanRenderer.summary(List.of(Code.I0901.at("a", new Span(1, 1, 1, 2), "i"))));
    }
}
