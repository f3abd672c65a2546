package dev.verdict.request;

/**
 * Consecutive whole lines of a JSON Lines stream, as bytes, in the order read; or a single line
 * that was too long to keep. Lines end at {@code \n}; a {@code \r} before it is dropped, and a
 * last line without {@code \n} counts. Immutable once made.
 */
public final class LineBlock {

    /** What a block's lines are handed to, in order; {@code index} counts from 0 in the block. */
    public interface LineVisitor {
        /** A line of at most the cap in {@code bytes[from, to)}, without its line end. */
        void line(int index, byte[] bytes, int from, int to);

        /** A line longer than the cap, not kept. */
        void tooLong(int index);
    }

    private final byte[] bytes;
    private final int length;
    private final int maxLineBytes;

    private LineBlock(byte[] bytes, int length, int maxLineBytes) {
        this.bytes = bytes;
        this.length = length;
        this.maxLineBytes = maxLineBytes;
    }

    /** The lines in {@code bytes[0, length)}; any longer than {@code maxLineBytes} is too long. */
    static LineBlock of(byte[] bytes, int length, int maxLineBytes) {
        return new LineBlock(bytes, length, maxLineBytes);
    }

    /** One line that was longer than the cap; its bytes were skipped, not kept. */
    static LineBlock tooLong() {
        return new LineBlock(null, 0, 0);
    }

    /** The bytes the lines are in; null for a line too long to keep. */
    byte[] bytes() {
        return bytes;
    }

    /** Whether {@code bytes[from, to)} is only spaces and tabs (or nothing). */
    public static boolean isBlank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The error of a line over {@code maxLineBytes}, in words. */
    public static String tooLongProblem(int maxLineBytes) {
        return "the line is longer than " + maxLineBytes + " bytes and was not read";
    }

    /** Hands every line to {@code visitor}, in order; returns how many lines there were. */
    public int forEach(LineVisitor visitor) {
        if (bytes == null) {
            visitor.tooLong(0);
            return 1;
        }
        int index = 0;
        for (int from = 0; from < length; index++) {
            int newline = from;
            while (newline < length && bytes[newline] != '\n') {
                newline++;
            }
            int to = newline > from && bytes[newline - 1] == '\r' ? newline - 1 : newline;
            if (to - from > maxLineBytes) {
                visitor.tooLong(index);
            } else {
                visitor.line(index, bytes, from, to);
            }
            from = newline + 1;
        }
        return index;
    }
}
