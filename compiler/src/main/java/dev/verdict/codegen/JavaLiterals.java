package dev.verdict.codegen;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Literals and comment text made from untrusted text (rule names, arguments, file names).
 * Strings go through JavaPoet's {@code $S}, except the few characters {@code $S} cannot carry:
 * JavaPoet turns U+2028 and U+2029 into line breaks inside the literal, and a lone surrogate
 * cannot be written as UTF-8; those become {@code (char) N}. A string too long for one
 * class-file constant is joined from pieces at run time.
 */
final class JavaLiterals {

    /** Characters per piece: at most 3 bytes each in the class file,
            under its 65,535-byte limit. */
    static final int PIECE = 8_000;

    private JavaLiterals() {
    }

    /** A Java expression whose value is {@code text} (null gives {@code null}). */
    static CodeBlock string(String text) {
        if (text == null) {
            return CodeBlock.of("null");
        }
        if (text.length() <= PIECE) {
            return constant(text);
        }
        List<CodeBlock> pieces = new ArrayList<>();
        for (int start = 0; start < text.length(); ) {
            int end = Math.min(text.length(), start + PIECE);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            pieces.add(constant(text.substring(start, end)));
            start = end;
        }
        return CodeBlock.of("$T.join($S, $L)", String.class, "", CodeBlock.join(pieces, ", "));
    }

    /** A {@code long} literal. */
    static CodeBlock longValue(long value) {
        return CodeBlock.of("$LL", Long.toString(value));
    }

    /** An {@code int} literal, or a {@code long} one when the value needs it. */
    static CodeBlock number(long value) {
        return value == (int) value ? CodeBlock.of("$L", Long.toString(value)) : longValue(value);
    }

    /**
     * Text safe inside a {@code //} comment once quoted with {@code $S}: ASCII printables, letters
     * and digits are kept; any other code point (line and paragraph separators, bidirectional
     * controls) reads {@code U+XXXX}. With {@code $S} doubling backslashes, no Unicode escape
     * can start either.
     */
    static String commentText(String text) {
        StringBuilder safe = new StringBuilder();
        text.codePoints().forEach(c -> {
            if ((c >= 0x20 && c < 0x7f) || (c >= 0x80 && Character.isLetterOrDigit(c))) {
                safe.appendCodePoint(c);
            } else {
                safe.append("U+").append(hex(c));
            }
        });
        return safe.toString();
    }

    private static String hex(int codePoint) {
        String digits = Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT);
        return "0".repeat(Math.max(0, 4 - digits.length())) + digits;
    }

    /**
     * Text safe inside a Javadoc comment as {@code $L}: {@link #commentText} with the characters
     * that could end the comment, start a tag or an escape written as HTML entities.
     */
    static String docText(String text) {
        return commentText(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*/", "*&#47;").replace("@", "&#64;").replace("\\", "&#92;")
                .replace("$", "&#36;");
    }

    private static CodeBlock constant(String text) {
        List<CodeBlock> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (needsCast(text, i)) {
                if (i > start || parts.isEmpty()) {
                    parts.add(CodeBlock.of("$S", text.substring(start, i)));
                }
                parts.add(CodeBlock.of("(char) $L", Integer.toString(text.charAt(i))));
                start = i + 1;
            } else if (Character.isSurrogatePair(text.charAt(i), next(text, i))) {
                i++;
            }
        }
        if (start < text.length() || parts.isEmpty()) {
            parts.add(CodeBlock.of("$S", text.substring(start)));
        }
        return CodeBlock.join(parts, " + ");
    }

    private static boolean needsCast(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u2028' || c == '\u2029') {
            return true;
        }
        return Character.isSurrogate(c) && !Character.isSurrogatePair(c, next(text, i));
    }

    private static char next(String text, int i) {
        return i + 1 < text.length() ? text.charAt(i + 1) : 0;
    }
}
