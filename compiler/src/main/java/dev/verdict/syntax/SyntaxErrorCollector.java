package dev.verdict.syntax;

import dev.verdict.ast.Span;
import dev.verdict.diag.SyntaxDiagnostics;
import dev.verdict.diag.Diagnostic;
import dev.verdict.grammar.VerdictLexer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Turns the parser's reports into diagnostics, one per position. At a token from another
 * language ({@link ForeignSyntax}) it says what to write instead, and stays silent about what
 * the parser's recovery trips on later in that line.
 */
final class SyntaxErrorCollector extends BaseErrorListener {

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<Integer> explainedLines = new HashSet<>();

    SyntaxErrorCollector(String file) {
        this.file = file;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
                            int charPositionInLine, String msg, RecognitionException e) {
        Span span = offendingSymbol instanceof Token token
                ? span(recognizer, token)
                : new Span(line, charPositionInLine + 1, line, charPositionInLine + 2);
        Diagnostic foreign = offendingSymbol instanceof Token token
                ? ForeignSyntax.at(file, token) : null;
        if (foreign != null && explainedLines.add(span.line())) {
            diagnostics.add(foreign);
            return;
        }
        if (explainedLines.contains(span.line())) {
            return;
        }
        boolean unterminated = offendingSymbol instanceof Token token
                && token.getType() == VerdictLexer.UNTERMINATED_STRING;
        Diagnostic diagnostic = unterminated
                ? SyntaxDiagnostics.unterminatedString(span, msg).inFile(file)
                : SyntaxDiagnostics.syntaxError(span, msg).inFile(file);
        boolean seen = diagnostics.stream().anyMatch(d -> d.span().equals(span));
        if (!seen) {
            diagnostics.add(diagnostic);
        }
    }

    /**
     * A token's span; for end of file, the place just after the last token, where text is missing.
     */
    private static Span span(Recognizer<?, ?> recognizer, Token token) {
        if (token.getType() != Token.EOF || !(recognizer instanceof Parser parser)) {
            return Spans.of(token);
        }
        TokenStream tokens = parser.getInputStream();
        for (int i = token.getTokenIndex() - 1; i >= 0; i--) {
            Token previous = tokens.get(i);
            if (previous.getChannel() == Token.DEFAULT_CHANNEL) {
                Span end = Spans.of(previous);
                return new Span(end.endLine(), end.endColumn(), end.endLine(), end.endColumn() + 1);
            }
        }
        return Spans.of(token);
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
