package dev.verdict.diag.render;

import dev.verdict.ast.Span;

/**
 * The source line a span starts on, and the caret line under it: carets cover the span's part
 * of that line (at least one caret), measured in display columns so that tabs, CJK text and
 * emoji before or inside the span keep the carets aligned. A line longer than
 * {@value #MAX_SHOWN} characters is cut to a window around the span, marked with {@code ...};
 * only that window is read, so an excerpt costs the same on a line of any length.
 */
record SourceExcerpt(String line, String padding, String carets) {

    static final int MAX_SHOWN = 120;
    private static final int CONTEXT_BEFORE = 40;
    private static final String CUT = "...";

    /** The excerpt of {@code span} in {@code text}, or null when the text has no such line. */
    static SourceExcerpt of(String text, Span span) {
        return of(LineIndex.of(text), span);
    }

    /** The excerpt of {@code span} in an indexed text, or null when it has no such line. */
    static SourceExcerpt of(LineIndex index, Span span) {
        int number = span.line();
        if (number < 1 || number > index.lines()) {
            return null;
        }
        String text = index.text();
        int lineStart = index.start(number);
        int lineEnd = index.end(number);
        int spanStart = index.offset(number, span.column());
        int spanEnd = span.endLine() == number
                ? Math.max(spanStart, index.offset(number, span.endColumn())) : lineEnd;
        int windowStart = boundary(text, Math.max(lineStart, spanStart - 4 * MAX_SHOWN));
        int windowEnd = boundary(text, Math.min(lineEnd, spanStart + 4 * MAX_SHOWN));
        int[] codePoints = text.substring(windowStart, windowEnd).codePoints().toArray();
        int start = text.codePointCount(windowStart, spanStart);
        int end = Math.min(codePoints.length, start + text.codePointCount(spanStart,
                Math.min(spanEnd, windowEnd)));
        int from = 0;
        int to = codePoints.length;
        if (codePoints.length > MAX_SHOWN) {
            from = Math.max(0, Math.min(start - CONTEXT_BEFORE, codePoints.length - MAX_SHOWN));
            to = from + MAX_SHOWN;
            end = Math.min(end, to);
        }
        boolean cutBefore = from > 0 || windowStart > lineStart;
        String shown = (cutBefore ? CUT : "") + new String(codePoints, from, to - from)
                + (to < codePoints.length || windowEnd < lineEnd ? CUT : "");
        StringBuilder padding = new StringBuilder(cutBefore ? " ".repeat(CUT.length()) : "");
        for (int i = from; i < start; i++) {
            int cp = codePoints[i];
            padding.append(cp == '\t' ? "\t" : " ".repeat(DisplayWidth.of(cp)));
        }
        int width = 0;
        for (int i = start; i < end; i++) {
            width += codePoints[i] == '\t' ? 1 : DisplayWidth.of(codePoints[i]);
        }
        return new SourceExcerpt(shown, padding.toString(), "^".repeat(Math.max(1, width)));
    }

    /** {@code offset}, moved back off the low half of a surrogate pair. */
    private static int boundary(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isLowSurrogate(
                text.charAt(offset)) && Character.isHighSurrogate(text.charAt(offset - 1))
                ? offset - 1 : offset;
    }
}
