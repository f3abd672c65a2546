package dev.verdict.lsp;

import dev.verdict.grammar.VerdictLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * A document's tokens (comments and whitespace left out), for questions about the text around
 * the cursor that must work while the file is mid-edit and does not parse: which dotted name is
 * under the cursor, and which tokens precede it.
 */
final class Tokens {

    private final List<Token> tokens = new ArrayList<>();

    Tokens(String text) {
        VerdictLexer lexer = new VerdictLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF;
                token = lexer.nextToken()) {
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                tokens.add(token);
            }
        }
    }

    /**
     * The dotted name ({@code buyer.credit_score}) whose identifier holds or ends at the
     * compiler position (line and column from 1), or null.
     */
    String pathAt(int line, int column) {
        int index = identifierAt(line, column);
        if (index < 0) {
            return null;
        }
        int first = index;
        while (first >= 2 && isDot(first - 1) && isIdentifier(first - 2)) {
            first -= 2;
        }
        int last = index;
        while (last + 2 < tokens.size() && isDot(last + 1) && isIdentifier(last + 2)) {
            last += 2;
        }
        StringBuilder path = new StringBuilder();
        for (int i = first; i <= last; i++) {
            path.append(tokens.get(i).getText());
        }
        return path.toString();
    }

    /** The token texts before the compiler position, nearest last, without the word being typed. */
    List<String> before(int line, int column) {
        List<String> texts = new ArrayList<>();
        for (Token token : tokens) {
            int tokenLine = token.getLine();
            int start = token.getCharPositionInLine() + 1;
            int end = start + token.getText().codePointCount(0, token.getText().length());
            boolean endsBefore = tokenLine < line || (tokenLine == line && end < column);
            boolean typed = tokenLine == line && end == column;
            if (endsBefore || (typed && !isWord(token))) {
                texts.add(token.getText());
            } else if (!typed) {
                break;
            }
        }
        return texts;
    }

    private int identifierAt(int line, int column) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            int start = token.getCharPositionInLine() + 1;
            int end = start + token.getText().length();
            if (isIdentifier(i) && token.getLine() == line && column >= start && column <= end) {
                return i;
            }
        }
        return -1;
    }

    private boolean isIdentifier(int index) {
        return isWord(tokens.get(index));
    }

    private boolean isDot(int index) {
        return ".".equals(tokens.get(index).getText());
    }

    private static boolean isWord(Token token) {
        String text = token.getText();
        return !text.isEmpty() && (Character.isLetter(text.charAt(0)) || text.charAt(0) == '_');
    }
}
