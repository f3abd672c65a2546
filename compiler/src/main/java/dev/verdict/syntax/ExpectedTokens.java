package dev.verdict.syntax;

import dev.verdict.grammar.VerdictLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Describes, in words a policy author knows, what the parser expected and what it found. */
final class ExpectedTokens {

    private static final Set<String> COMPARISONS = Set.of("=", "!=", "<", "<=", ">", ">=");

    private ExpectedTokens() {
    }

    /** "a value", "`then`", "a name or `(`", ... */
    static String describe(IntervalSet expected) {
        List<Integer> types = expected.toList();
        if (types.contains(VerdictLexer.NUMBER) && types.contains(VerdictLexer.IDENT)) {
            return "a value";
        }
        List<String> words = new ArrayList<>();
        boolean comparison = false;
        for (int type : types) {
            String literal = Keywords.literal(type);
            if (literal != null && COMPARISONS.contains(literal)) {
                comparison = true;
            } else {
                String word = describeType(type, literal);
                if (!words.contains(word)) {
                    words.add(word);
                }
            }
        }
        if (comparison) {
            words.add(0, "a comparison (`=`, `!=`, `<`, `<=`, `>`, `>=`)");
        }
        if (words.size() > 6) {
            return "a declaration (`rule`, `when`, `set`, `let`, `otherwise`, `test`, ...)";
        }
        return join(words);
    }

    private static String describeType(int type, String literal) {
        if (literal != null) {
            return "`" + literal + "`";
        }
        return switch (type) {
            case Token.EOF -> "end of file";
            case VerdictLexer.IDENT -> "a name";
            case VerdictLexer.STRING -> "a string";
            case VerdictLexer.UPPER -> "a currency code";
            case VerdictLexer.NUMBER, VerdictLexer.SUFFIXED, VerdictLexer.PERCENT -> "a number";
            default -> VerdictLexer.VOCABULARY.getDisplayName(type);
        };
    }

    /** How a found token reads in a message: "`then`", "end of file", "end of line". */
    static String describe(Token token) {
        if (token.getType() == Token.EOF) {
            return "end of file";
        }
        return "`" + visible(token.getText()) + "`";
    }

    /** {@code text} with control and line-separator characters written {@code \\u{HEX}}. */
    static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                out.append("\\u{").append(Integer.toHexString(cp).toUpperCase(Locale.ROOT))
                        .append('}');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static String join(List<String> words) {
        if (words.isEmpty()) {
            return "something else";
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or "
                + words.get(words.size() - 1);
    }
}
