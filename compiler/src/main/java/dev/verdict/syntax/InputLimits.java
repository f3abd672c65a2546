package dev.verdict.syntax;

import dev.verdict.diag.Diagnostic;
import dev.verdict.diag.SyntaxDiagnostics;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * The limits that keep any input from crashing or hanging the compiler (E0104): a file size,
 * and a nesting depth of parentheses and {@code not}s checked on the tokens before parsing.
 */
public final class InputLimits {

    /** Bytes of policy text; a 10,000-rule policy is about 1 MiB. */
    public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;
    /** Parentheses plus {@code not}s open at one point; real policies use a handful. */
    public static final int MAX_NESTING = 64;
    /**
     * The stack of a thread that compiles: parsing, checking, interpreting and javac on the
     * generated code recurse as deep as conditions nest. The {@code verdict} command, the Maven
     * goals and the in-memory compiler each run on a thread with this stack.
     */
    public static final long STACK_BYTES = 512L << 20;

    private InputLimits() {
    }

    static Optional<Diagnostic> checkSize(String file, String text) {
        long bytes = text.length() > MAX_FILE_BYTES / 4
                ? text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length : 0;
        if (bytes > MAX_FILE_BYTES) {
            return Optional.of(SyntaxDiagnostics.fileTooLarge(bytes, MAX_FILE_BYTES,
                    file.endsWith(".policy")).inFile(file));
        }
        return Optional.empty();
    }

    static Optional<Diagnostic> checkNesting(String file, List<? extends Token> tokens) {
        int parens = 0;
        int nots = 0;
        for (Token token : tokens) {
            int type = token.getType();
            if (type == Keywords.OPEN_PAREN) {
                parens++;
            } else if (type == Keywords.CLOSE_PAREN) {
                parens = Math.max(0, parens - 1);
            }
            nots = type == Keywords.NOT ? nots + 1 : (type == Keywords.OPEN_PAREN ? nots : 0);
            if (parens + nots > MAX_NESTING) {
                return Optional.of(SyntaxDiagnostics.nestedTooDeep(Spans.of(token), MAX_NESTING)
                        .inFile(file));
            }
        }
        return Optional.empty();
    }
}
