package dev.verdict.diag.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The index finds the lines and columns a plain scan of the text finds. */
class LineIndexTest {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", "b", "夏", "😀", "\r", "\n", "\r\n", "\t", "é")
                .list().ofMaxSize(900).map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void linesAndColumnsAreThoseOfAScan(@ForAll("texts") String text,
            @ForAll("columns") int column) {
        LineIndex index = LineIndex.of(text);
        List<String> lines = scan(text);
        assertEquals(lines.size(), index.lines());
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            assertEquals(line, text.substring(index.start(n), index.end(n)));
            int inLine = line.offsetByCodePoints(0,
                    Math.min(column - 1, line.codePointCount(0, line.length())));
            assertEquals(index.start(n) + inLine, index.offset(n, column), "line " + n);
        }
    }

    @Provide
    Arbitrary<Integer> columns() {
        return Arbitraries.integers().between(1, 1_000);
    }

    /** The lines of {@code text}, split at LF, CR and CRLF, without their terminators. */
    private static List<String> scan(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                lines.add(line.toString());
                line.setLength(0);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                line.append(c);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
