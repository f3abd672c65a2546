package dev.verdict.syntax;

import dev.verdict.grammar.VerdictLexer;
import org.antlr.v4.runtime.Vocabulary;

/** Token types of the grammar's literal tokens, looked up by their text ({@code "when"}). */
final class Keywords {

    static final int WHEN = type("when");
    static final int OPEN_PAREN = type("(");
    static final int CLOSE_PAREN = type(")");
    static final int NOT = type("not");

    private Keywords() {
    }

    static int type(String literal) {
        Vocabulary vocabulary = VerdictLexer.VOCABULARY;
        String quoted = "'" + literal + "'";
        for (int type = 0; type <= vocabulary.getMaxTokenType(); type++) {
            if (quoted.equals(vocabulary.getLiteralName(type))) {
                return type;
            }
        }
        throw new IllegalArgumentException("no token " + quoted);
    }

    /** The literal text of a keyword or punctuation token type, or null for other tokens. */
    static String literal(int type) {
        String name = VerdictLexer.VOCABULARY.getLiteralName(type);
        return name == null ? null : name.substring(1, name.length() - 1);
    }
}
