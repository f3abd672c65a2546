package dev.verdict.diag.render;

import dev.verdict.ast.Span;

/**
 * The source line a span starts on, and the caret line under it: carets cover the span's part
 * of that line (at least one caret), measured in display columns so that tabs, CJK text and
 * emoji before or inside the span keep the carets aligned. A line longer than
 * {@value #MAX_SHOWN} characters is cut to a window around the span, marked with {@code ...}.
 */
record SourceExcerpt(String line, String padding, String carets) {

    static final int MAX_SHOWN = 120;
    private static final int CONTEXT_BEFORE = 40;
    private static final String CUT = "...";

    /** The excerpt of {@code span} in {@code text}, or null when the text has no such line. */
    static SourceExcerpt of(String text, Span span) {
        String line = line(text, span.line());
        if (line == null) {
            return null;
        }
        int[] codePoints = line.codePoints().toArray();
        int start = Math.min(Math.max(span.column() - 1, 0), codePoints.length);
        int end = span.endLine() == span.line()
                ? Math.min(span.endColumn() - 1, codePoints.length) : codePoints.length;
        int from = 0;
        int to = codePoints.length;
        if (codePoints.length > MAX_SHOWN) {
            from = Math.max(0, Math.min(start - CONTEXT_BEFORE, codePoints.length - MAX_SHOWN));
            to = from + MAX_SHOWN;
            end = Math.min(end, to);
        }
        String shown = (from > 0 ? CUT : "") + new String(codePoints, from, to - from)
                + (to < codePoints.length ? CUT : "");
        StringBuilder padding = new StringBuilder(from > 0 ? " ".repeat(CUT.length()) : "");
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

    /** Line {@code number} (1-based) without its line terminator, or null. */
    private static String line(String text, int number) {
        int start = 0;
        for (int n = 1; n < number; n++) {
            int newline = text.indexOf('\n', start);
            if (newline < 0) {
                return null;
            }
            start = newline + 1;
        }
        if (number < 1 || start > text.length()) {
            return null;
        }
        int newline = text.indexOf('\n', start);
        String line = text.substring(start, newline < 0 ? text.length() : newline);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
