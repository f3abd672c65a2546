package dev.verdict.syntax;

import dev.verdict.ast.Span;
import dev.verdict.diag.Diagnostic;
import dev.verdict.diag.ForeignSyntaxDiagnostics;
import dev.verdict.grammar.VerdictLexer;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * Recognises, at a syntax error, a token from another language ({@code *}, {@code ==},
 * {@code &&}, {@code if}, {@code AND}, ...) and says what to write instead, rather than
 * listing what the parser expected.
 */
final class ForeignSyntax {

    private static final Set<String> KEYWORDS = Set.of("when", "then", "and", "or", "not", "in",
            "between", "is", "rule", "otherwise", "set", "let", "where", "true", "false");

    private ForeignSyntax() {
    }

    /** The diagnostic for {@code token} where the parser failed, or null when it is not foreign. */
    static Diagnostic at(String file, Token token) {
        Span span = Spans.of(token);
        String text = token.getText();
        int type = token.getType();
        if (type == VerdictLexer.FOREIGN_OP) {
            return switch (text) {
                case "&&" -> ForeignSyntaxDiagnostics.logic(file, span, text, "and");
                case "||" -> ForeignSyntaxDiagnostics.logic(file, span, text, "or");
                case "=>" -> ForeignSyntaxDiagnostics.comparison(file, span, text, ">=");
                case "!==", "<>" -> ForeignSyntaxDiagnostics.comparison(file, span, text, "!=");
                default -> ForeignSyntaxDiagnostics.comparison(file, span, text, "=");
            };
        }
        if (type == VerdictLexer.ERROR_CHAR) {
            return switch (text) {
                case "*", "+", "-", "/" -> ForeignSyntaxDiagnostics.arithmetic(file, span, text);
                case "!" -> ForeignSyntaxDiagnostics.logic(file, span, text, "not");
                case "&" -> ForeignSyntaxDiagnostics.logic(file, span, text, "and");
                case "|" -> ForeignSyntaxDiagnostics.logic(file, span, text, "or");
                case ";", "{", "}" -> ForeignSyntaxDiagnostics.punctuation(file, span, text);
                case "'" -> ForeignSyntaxDiagnostics.singleQuote(file, span);
                default -> null;
            };
        }
        if (type == VerdictLexer.IDENT) {
            return switch (text) {
                case "if", "elif", "elsif", "elseif" ->
                        ForeignSyntaxDiagnostics.ifKeyword(file, span, text);
                case "else" -> ForeignSyntaxDiagnostics.elseKeyword(file, span, text);
                default -> null;
            };
        }
        if (type == VerdictLexer.UPPER && KEYWORDS.contains(text.toLowerCase(Locale.ROOT))) {
            return ForeignSyntaxDiagnostics.uppercaseKeyword(file, span, text);
        }
        return null;
    }
}
