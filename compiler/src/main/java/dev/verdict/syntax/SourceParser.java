package dev.verdict.syntax;

import dev.verdict.ast.Comment;
import dev.verdict.ast.SourceFile;
import dev.verdict.diag.Diagnostic;
import dev.verdict.grammar.VerdictLexer;
import dev.verdict.grammar.VerdictParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses {@code .policy} and {@code .platform} text into a {@link SourceFile}. Fast SLL first;
 * on failure the text is parsed again in full LL mode with recovery and friendly messages, so
 * every independent syntax error in a file is reported. Never throws on any input.
 */
public final class SourceParser {

    private SourceParser() {
    }

    public static ParseResult parse(String path, String text) {
        Optional<Diagnostic> tooBig = InputLimits.checkSize(path, text);
        if (tooBig.isPresent()) {
            return new ParseResult(new SourceFile(path, text, List.of(), List.of()),
                    List.of(tooBig.get()));
        }
        VerdictLexer lexer = new VerdictLexer(CharStreams.fromString(lineFeeds(text), path));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        List<Comment> comments = comments(tokens.getTokens());
        Optional<Diagnostic> tooDeep = InputLimits.checkNesting(path, tokens.getTokens());
        if (tooDeep.isPresent()) {
            return new ParseResult(new SourceFile(path, text, List.of(), comments),
                    List.of(tooDeep.get()));
        }
        SyntaxErrorCollector errors = new SyntaxErrorCollector(path);
        VerdictParser.FileContext tree = parseTree(tokens, errors);
        AstBuilder builder = new AstBuilder(path);
        SourceFile file = new SourceFile(path, text, builder.declarations(tree), comments);
        List<Diagnostic> diagnostics = new ArrayList<>(errors.diagnostics());
        diagnostics.addAll(builder.diagnostics());
        diagnostics.addAll(DeceptiveText.scan(path, text, commentRanges(tokens.getTokens())));
        diagnostics.sort(Diagnostic.BY_POSITION);
        return new ParseResult(file, diagnostics);
    }

    /**
     * {@code text} with each lone CR made a LF, so that ANTLR, which counts only LF, numbers
     * lines as everything else does: CR, LF and CRLF each end a line. Offsets do not move.
     */
    private static String lineFeeds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) {
                chars[i] = '\n';
            }
        }
        return new String(chars);
    }

    private static VerdictParser.FileContext parseTree(CommonTokenStream tokens,
            SyntaxErrorCollector errors) {
        VerdictParser parser = new VerdictParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.file();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.addErrorListener(errors);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new SyntaxErrorStrategy());
            return parser.file();
        }
    }

    /** The code point ranges of the comments: start and end (exclusive) of each, in order. */
    private static int[] commentRanges(List<Token> tokens) {
        return tokens.stream().filter(t -> t.getType() == VerdictLexer.COMMENT)
                .flatMapToInt(t -> IntStream.of(t.getStartIndex(), t.getStopIndex() + 1))
                .toArray();
    }

    private static List<Comment> comments(List<Token> tokens) {
        List<Comment> comments = new ArrayList<>();
        for (Token token : tokens) {
            if (token.getType() == VerdictLexer.COMMENT) {
                comments.add(new Comment(token.getText(), Spans.of(token)));
            }
        }
        return comments;
    }
}
