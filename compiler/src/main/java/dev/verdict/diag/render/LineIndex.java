package dev.verdict.diag.render;

import java.util.Arrays;

/**
 * Where each line of a text starts, found in one pass, so that showing a line for each of many
 * diagnostics costs no rescan of the text. LF, CR and CRLF all end a line. Columns count code
 * points (as spans do); in a text with characters outside the Basic Multilingual Plane, the
 * index also samples the offset of every {@value #SAMPLE}th code point, so that a column deep in
 * a long line is found without walking the line from its start.
 */
public final class LineIndex {

    private static final int SAMPLE = 256;

    private final String text;
    private final int[] starts;
    private final int[] startCodePoints;
    private final int[] samples;

    private LineIndex(String text, int[] starts, int[] startCodePoints, int[] samples) {
        this.text = text;
        this.starts = starts;
        this.startCodePoints = startCodePoints;
        this.samples = samples;
    }

    public static LineIndex of(String text) {
        int[] starts = new int[16];
        int[] startCodePoints = new int[16];
        int[] samples = new int[1 + text.length() / SAMPLE];
        int lines = 1;
        int codePoints = 0;
        boolean supplementary = false;
        for (int i = 0; i < text.length(); codePoints++) {
            if (codePoints % SAMPLE == 0) {
                samples[codePoints / SAMPLE] = i;
            }
            char c = text.charAt(i);
            int next = i + Character.charCount(text.codePointAt(i));
            supplementary |= next - i > 1;
            if (c == '\n' || (c == '\r' && (next == text.length() || text.charAt(next) != '\n'))) {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                    startCodePoints = Arrays.copyOf(startCodePoints, lines * 2);
                }
                starts[lines] = next;
                startCodePoints[lines] = codePoints + 1;
                lines++;
            }
            i = next;
        }
        return new LineIndex(text, Arrays.copyOf(starts, lines),
                supplementary ? Arrays.copyOf(startCodePoints, lines) : null,
                supplementary ? Arrays.copyOf(samples, 1 + (codePoints - 1) / SAMPLE) : null);
    }

    public int lines() {
        return starts.length;
    }

    /** The offset where line {@code number} (1-based, at most {@link #lines()}) starts. */
    int start(int number) {
        return starts[number - 1];
    }

    /** The offset where line {@code number} ends, before its line terminator. */
    int end(int number) {
        int end = number < starts.length ? starts[number] : text.length();
        if (end > start(number) && number < starts.length && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > start(number) && number < starts.length && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    /** The offset of {@code column} (1-based, in code points) of a line, within the line. */
    int offset(int number, int column) {
        int end = end(number);
        int wanted = Math.max(column, 1) - 1;
        if (samples == null) {
            return Math.min(end, start(number) + wanted);
        }
        long codePoint = (long) startCodePoints[number - 1] + wanted;
        if (codePoint / SAMPLE >= samples.length) {
            return end;
        }
        int sample = (int) (codePoint / SAMPLE);
        int offset = samples[sample];
        for (long k = (long) sample * SAMPLE; k < codePoint && offset < end; k++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return Math.max(start(number), Math.min(offset, end));
    }

    /**
     * Lines {@code from}..{@code to} (1-based) joined by LF, or null when the text has fewer
     * lines or they hold more than {@code maxChars} characters.
     */
    public String lines(int from, int to, int maxChars) {
        if (from < 1 || to > lines() || from > to || end(to) - start(from) > maxChars) {
            return null;
        }
        StringBuilder lines = new StringBuilder();
        for (int n = from; n <= to; n++) {
            lines.append(n > from ? "\n" : "").append(text, start(n), end(n));
        }
        return lines.toString();
    }

    String text() {
        return text;
    }
}
