package dev.verdict.runtime;

/**
 * The tokens of one JSON text in UTF-8 bytes, read in place: a string's content or a number's
 * text goes to a reusable {@link TextBuffer}, so reading allocates nothing. The bytes must be
 * valid UTF-8 (see {@link Utf8}). Errors name the column (in characters) where reading stopped.
 * Reusable through {@link #reset}; not thread-safe.
 */
final class JsonTokens {

    /** The content of the last string or the text of the last number read. */
    final TextBuffer text = new TextBuffer();

    private byte[] in;
    private int start;
    private int pos;
    private int end;

    void reset(byte[] bytes, int from, int to) {
        in = bytes;
        start = from;
        pos = from;
        end = to;
    }

    /** Skips white space; the next byte, not consumed, or -1 at the end of the text. */
    int peek() {
        while (pos < end) {
            byte b = in[pos];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return b;
            }
            pos++;
        }
        return -1;
    }

    /** Consumes {@code c}, which must come next (after white space). */
    void expect(char c, String problem) {
        if (peek() != c) {
            throw malformed(problem);
        }
        pos++;
    }

    /** Consumes the byte {@link #peek()} returned. */
    void skip() {
        pos++;
    }

    /**
     * Reads the value that starts next: a string, number or literal is consumed (its text in
     * {@link #text}); an object or list is only recognised, its opening bracket not consumed.
     *
     * @return its type, or null for {@code null}
     */
    JsonType value() {
        int c = peek();
        switch (c) {
            case '"' -> {
                string();
                return JsonType.STRING;
            }
            case 't' -> {
                literal("true");
                return JsonType.TRUE;
            }
            case 'f' -> {
                literal("false");
                return JsonType.FALSE;
            }
            case 'n' -> {
                literal("null");
                return null;
            }
            case '{' -> {
                return JsonType.OBJECT;
            }
            case '[' -> {
                return JsonType.ARRAY;
            }
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    number();
                    return JsonType.NUMBER;
                }
                throw malformed(c < 0 ? "the text ends where a value belongs" : "expected a value");
            }
        }
    }

    /** Reads a string starting at its opening quote into {@link #text}. */
    void string() {
        if (peek() != '"') {
            throw malformed("expected a key in double quotes");
        }
        pos++;
        text.clear();
        while (pos < end) {
            int b = in[pos];
            if (b == '"') {
                pos++;
                return;
            }
            if (b == '\\') {
                escape();
            } else if (b >= 0 && b < 0x20) {
                throw malformed("a control character inside a string (escape it)");
            } else if (b >= 0) {
                text.append((char) b);
                pos++;
            } else {
                multiByte(b & 0xff);
            }
        }
        throw malformed("unterminated string");
    }

    private void escape() {
        if (pos + 1 >= end) {
            throw malformed("unterminated string");
        }
        byte kind = in[pos + 1];
        pos += 2;
        switch (kind) {
            case '"', '\\', '/' -> text.append((char) kind);
            case 'b' -> text.append('\b');
            case 'f' -> text.append('\f');
            case 'n' -> text.append('\n');
            case 'r' -> text.append('\r');
            case 't' -> text.append('\t');
            case 'u' -> text.append(hexChar());
            default -> {
                pos -= 2;
                throw malformed("unknown escape `\\" + (char) (kind & 0x7f) + "`");
            }
        }
    }

    private char hexChar() {
        if (pos + 4 > end) {
            throw malformed("`\\u` needs four hex digits");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(in[pos + i], 16);
            if (digit < 0) {
                throw malformed("`\\u` needs four hex digits");
            }
            value = value * 16 + digit;
        }
        pos += 4;
        return (char) value;
    }

    /** Appends the code point of a UTF-8 sequence known to be valid. */
    private void multiByte(int lead) {
        int length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
        int codePoint = lead & (0xff >> (length + 1));
        for (int k = 1; k < length; k++) {
            codePoint = (codePoint << 6) | (in[pos + k] & 0x3f);
        }
        pos += length;
        if (codePoint > 0xffff) {
            text.append(Character.highSurrogate(codePoint));
            text.append(Character.lowSurrogate(codePoint));
        } else {
            text.append((char) codePoint);
        }
    }

    /** Reads a number as JSON writes it: {@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}. */
    private void number() {
        text.clear();
        int from = pos;
        if (in[pos] == '-') {
            pos++;
        }
        if (pos < end && in[pos] == '0') {
            pos++;
        } else if (digits() == 0) {
            throw malformed("a number needs digits");
        }
        if (pos < end && in[pos] == '.') {
            pos++;
            if (digits() == 0) {
                throw malformed("a number needs digits after `.`");
            }
        }
        if (pos < end && (in[pos] == 'e' || in[pos] == 'E')) {
            pos++;
            if (pos < end && (in[pos] == '+' || in[pos] == '-')) {
                pos++;
            }
            if (digits() == 0) {
                throw malformed("a number needs digits in its exponent");
            }
        }
        for (int i = from; i < pos; i++) {
            text.append((char) in[i]);
        }
    }

    private int digits() {
        int from = pos;
        while (pos < end && in[pos] >= '0' && in[pos] <= '9') {
            pos++;
        }
        return pos - from;
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (pos + i >= end || in[pos + i] != word.charAt(i)) {
                throw malformed("expected a value");
            }
        }
        pos += word.length();
    }

    /**
     * "malformed JSON at column C: PROBLEM" (or "at line L, column C" when the text has several
     * lines), counting characters up to where reading stopped.
     */
    InvalidRequestException malformed(String problem) {
        int line = 1;
        int column = 1;
        for (int i = start; i < Math.min(pos, end); i++) {
            if (in[i] == '\n') {
                line++;
                column = 1;
            } else {
                column += (in[i] & 0xc0) == 0x80 ? 0 : 1;
            }
        }
        String at = line > 1 ? "line " + line + ", column " + column : "column " + column;
        return new InvalidRequestException(null, "malformed JSON at " + at + ": " + problem);
    }
}
