package dev.verdict.format;

import dev.verdict.grammar.VerdictLexer;
import java.util.List;
import java.util.Random;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * Rewrites a policy's layout without changing its tokens: random spaces, tabs, line breaks
 * (LF and CRLF), blank lines, and numbered comments on their own lines or at line ends.
 */
final class Scrambler {

    private Scrambler() {
    }

    static String scramble(String text, Random random) {
        VerdictLexer lexer = new VerdictLexer(CharStreams.fromString(text));
        List<? extends Token> tokens = lexer.getAllTokens();
        StringBuilder out = new StringBuilder();
        int[] comments = {0};
        out.append(random.nextInt(4) == 0 ? separator(random, comments) : "");
        for (Token token : tokens) {
            out.append(token.getText()).append(separator(random, comments));
        }
        return out.toString();
    }

    private static String separator(Random random, int[] comments) {
        return switch (random.nextInt(12)) {
            case 0, 1, 2 -> " ";
            case 3 -> "  ";
            case 4 -> "\t ";
            case 5 -> "\n";
            case 6 -> "\n\n\n";
            case 7 -> "\r\n    ";
            case 8 -> "   # note " + ++comments[0] + " ✓ 注释 \n";
            case 9 -> "\n# note " + ++comments[0] + "\n\n";
            case 10 -> "\n#note" + ++comments[0] + "#\t\n";
            default -> "\n  ";
        };
    }
}
