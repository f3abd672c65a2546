package dev.verdict.spark;

import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer that one request at a time is written into as a JSON object,
 * reused from row to row so that writing allocates nothing once it is large enough. Not
 * thread-safe.
 */
final class JsonBuffer {

    private static final byte[] HEX = "0123456789abcdef".getBytes();

    private byte[] bytes = new byte[256];
    private int length;

    void clear() {
        length = 0;
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** Appends ASCII text as it is: punctuation, numbers, {@code true}. */
    JsonBuffer ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            put((byte) text.charAt(i));
        }
        return this;
    }

    JsonBuffer ascii(char c) {
        put((byte) c);
        return this;
    }

    /** Appends {@code value} in decimal, without making a string of it. */
    JsonBuffer number(long value) {
        if (value == Long.MIN_VALUE) {
            return ascii(Long.toString(value));
        }
        if (value < 0) {
            put((byte) '-');
            value = -value;
        }
        int start = length;
        do {
            put((byte) ('0' + value % 10));
            value /= 10;
        } while (value != 0);
        for (int i = start, j = length - 1; i < j; i++, j--) {
            byte swap = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = swap;
        }
        return this;
    }

    /** Appends {@code text} as a JSON string, quoted and escaped, in UTF-8. */
    JsonBuffer string(String text) {
        put((byte) '"');
        utf8(text, text.length(), true);
        put((byte) '"');
        return this;
    }

    /** Appends the first {@code end} characters of {@code text} as they are, in UTF-8. */
    JsonBuffer text(String text, int end) {
        utf8(text, end, false);
        return this;
    }

    private void utf8(String text, int end, boolean escape) {
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (escape && (c == '"' || c == '\\')) {
                put((byte) '\\');
                put((byte) c);
            } else if (escape && c < 0x20) {
                ascii("\\u00").put(HEX[c >> 4]).put(HEX[c & 0xf]);
            } else if (c < 0x80) {
                put((byte) c);
            } else if (c < 0x800) {
                put((byte) (0xc0 | c >> 6)).put((byte) (0x80 | c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < end
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                put((byte) (0xf0 | cp >> 18)).put((byte) (0x80 | cp >> 12 & 0x3f))
                        .put((byte) (0x80 | cp >> 6 & 0x3f)).put((byte) (0x80 | cp & 0x3f));
            } else {
                put((byte) (0xe0 | c >> 12)).put((byte) (0x80 | c >> 6 & 0x3f))
                        .put((byte) (0x80 | c & 0x3f));
            }
        }
    }

    private JsonBuffer put(byte b) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, length * 2);
        }
        bytes[length++] = b;
        return this;
    }
}
