package dev.verdict.syntax;

import dev.verdict.grammar.VerdictLexer;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery (single-token insertion and deletion, resynchronising at the next
 * declaration), with messages that say what was expected after what: "expected a value after
 * `<`, found `then`". Unterminated strings and stray characters get their own messages.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {

    /**
     * Never recovers by dropping a keyword: in {@code when reason = then x} dropping {@code then}
     * would make {@code x} the value and report a confusing error later; a missing value is the
     * mistake the author made.
     */
    @Override
    protected Token singleTokenDeletion(Parser parser) {
        String literal = Keywords.literal(parser.getCurrentToken().getType());
        boolean keyword = literal != null && Character.isLetter(literal.charAt(0));
        return keyword ? null : super.singleTokenDeletion(parser);
    }

    /**
     * Marks the tree where a token was conjured or dropped: ANTLR's set matches ({@code STRING |
     * IDENT}) recover without leaving an error node, and the AST builder relies on one.
     */
    @Override
    public Token recoverInline(Parser parser) {
        Token token = super.recoverInline(parser);
        parser.getContext().addErrorNode(parser.createErrorNode(parser.getContext(), token));
        return token;
    }

    @Override
    protected void reportNoViableAlternative(Parser parser, NoViableAltException e) {
        report(parser, e.getOffendingToken(), parser.getExpectedTokens());
    }

    @Override
    protected void reportInputMismatch(Parser parser, InputMismatchException e) {
        report(parser, e.getOffendingToken(), e.getExpectedTokens());
    }

    @Override
    protected void reportFailedPredicate(Parser parser, FailedPredicateException e) {
        report(parser, e.getOffendingToken(), parser.getExpectedTokens());
    }

    @Override
    protected void reportUnwantedToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        report(parser, parser.getCurrentToken(), getExpectedTokens(parser));
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        report(parser, parser.getCurrentToken(), getExpectedTokens(parser));
    }

    private void report(Parser parser, Token found, IntervalSet expected) {
        parser.notifyErrorListeners(found, message(parser.getInputStream(), found, expected), null);
    }

    private static String message(TokenStream tokens, Token found, IntervalSet expected) {
        if (found.getType() == VerdictLexer.UNTERMINATED_STRING) {
            return "unterminated string";
        }
        if (found.getType() == VerdictLexer.ERROR_CHAR) {
            return "unexpected character `" + ExpectedTokens.visible(found.getText()) + "`";
        }
        String message = "expected " + ExpectedTokens.describe(expected);
        Token previous = previous(tokens, found);
        if (previous != null) {
            message += " after " + ExpectedTokens.describe(previous);
        }
        return message + ", found " + ExpectedTokens.describe(found);
    }

    private static Token previous(TokenStream tokens, Token found) {
        for (int i = found.getTokenIndex() - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                return token;
            }
        }
        return null;
    }
}
