package dev.verdict.syntax;

import dev.verdict.ast.Span;
import dev.verdict.diag.Diagnostic;
import dev.verdict.diag.SyntaxDiagnostics;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds text that reads otherwise than it is (W0105): bidirectional control characters anywhere,
 * comments and strings included, which can reorder what an editor or a review tool shows; and
 * words outside comments (names, words in strings) that mix Latin, Cyrillic and Greek letters,
 * which look alike ({@code approve_return} with a Cyrillic {@code e} is another name). Each is
 * reported at its code point, by line and column in code points, as the parser counts.
 */
final class DeceptiveText {

    /** Letters of these alphabets are easily taken one for another. */
    private static final Set<UnicodeScript> LOOKALIKE =
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.CYRILLIC, UnicodeScript.GREEK);
    private static final int MAX_WORD_SHOWN = 60;

    private final String path;
    private final List<Diagnostic> found = new ArrayList<>();
    private int line = 1;
    private int column = 1;

    private DeceptiveText(String path) {
        this.path = path;
    }

    /**
     * W0105 for {@code text}; {@code comments} are the code point ranges (start, end exclusive,
     * in pairs) of its comments, in order.
     */
    static List<Diagnostic> scan(String path, String text, int[] comments) {
        DeceptiveText scan = new DeceptiveText(path);
        scan.run(text, comments);
        return scan.found;
    }

    private void run(String text, int[] comments) {
        int comment = 0;
        int index = 0;
        Word word = null;
        for (int i = 0; i < text.length(); index++) {
            int cp = text.codePointAt(i);
            while (comment < comments.length && comments[comment + 1] <= index) {
                comment += 2;
            }
            boolean inComment = comment < comments.length && comments[comment] <= index;
            if (isBidiControl(cp)) {
                found.add(SyntaxDiagnostics.bidiControl(here(), cp).inFile(path));
            }
            if (!inComment && (Character.isLetterOrDigit(cp) || cp == '_')) {
                word = word == null ? new Word() : word;
                word.add(cp);
            } else if (word != null) {
                word.report();
                word = null;
            }
            i += Character.charCount(cp);
            advance(cp, i < text.length() ? text.charAt(i) : 0);
        }
        if (word != null) {
            word.report();
        }
    }

    private void advance(int cp, char next) {
        if (cp == '\n' || (cp == '\r' && next != '\n')) {
            line++;
            column = 1;
        } else if (cp != '\r') {
            column++;
        }
    }

    private Span here() {
        return new Span(line, column, line, column + 1);
    }

    /** The explicit directional formatting characters of Unicode's bidirectional algorithm. */
    static boolean isBidiControl(int cp) {
        return cp == 0x061C || cp == 0x200E || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** A run of letters, digits and underscores, and the first letter of each alphabet in it. */
    private final class Word {
        private final StringBuilder text = new StringBuilder();
        private UnicodeScript firstScript;
        private UnicodeScript otherScript;
        private int otherLetter;
        private Span otherAt;

        void add(int cp) {
            if (text.length() < MAX_WORD_SHOWN) {
                text.appendCodePoint(cp);
            } else if (text.length() == MAX_WORD_SHOWN) {
                text.append("...");
            }
            UnicodeScript script = UnicodeScript.of(cp);
            if (!LOOKALIKE.contains(script)) {
                return;
            }
            if (firstScript == null) {
                firstScript = script;
            } else if (script != firstScript && otherScript == null) {
                otherScript = script;
                otherLetter = cp;
                otherAt = here();
            }
        }

        void report() {
            if (otherScript != null) {
                found.add(SyntaxDiagnostics.mixedScripts(otherAt, text.toString(),
                        name(firstScript), name(otherScript), otherLetter).inFile(path));
            }
        }

        private String name(UnicodeScript script) {
            String lower = script.name().toLowerCase(Locale.ROOT);
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
    }
}
