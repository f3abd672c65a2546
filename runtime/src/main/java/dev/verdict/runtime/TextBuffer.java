package dev.verdict.runtime;

import java.util.Arrays;

/**
 * A reusable, growable run of characters: the text of the JSON string or number being read, so
 * that reading a request allocates no {@code String} per value. Not thread-safe.
 */
final class TextBuffer implements CharSequence {

    private char[] chars = new char[64];
    private int length;

    void clear() {
        length = 0;
    }

    void append(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, chars.length * 2);
        }
        chars[length++] = c;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
