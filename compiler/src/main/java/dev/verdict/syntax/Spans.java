package dev.verdict.syntax;

import dev.verdict.ast.Span;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Spans from ANTLR tokens: ANTLR's columns start at 0 and count code points. */
final class Spans {

    private Spans() {
    }

    static Span of(Token token) {
        int column = token.getCharPositionInLine() + 1;
        String text = token.getType() == Token.EOF ? "" : token.getText();
        int line = token.getLine();
        int endColumn = column;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                endColumn = 1;
            } else {
                endColumn++;
            }
        }
        return new Span(token.getLine(), column, line, endColumn);
    }

    static Span of(ParserRuleContext ctx) {
        Span start = of(ctx.getStart());
        Token stop = ctx.getStop();
        if (stop == null || stop.getTokenIndex() < ctx.getStart().getTokenIndex()) {
            return start;
        }
        return start.to(of(stop));
    }
}
