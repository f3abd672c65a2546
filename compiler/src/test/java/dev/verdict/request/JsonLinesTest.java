package dev.verdict.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

    /** Every line of {@code lines} as text, or {@code TOO LONG}; blocks recycled once read. */
    private static List<String> lines(JsonLines lines) throws IOException {
        List<String> seen = new ArrayList<>();
        for (LineBlock block = lines.next(); block != null; block = lines.next()) {
            block.forEach(new LineBlock.LineVisitor() {
                @Override
                public void line(int index, byte[] bytes, int from, int to) {
                    seen.add(new String(bytes, from, to - from, StandardCharsets.UTF_8));
                }

                @Override
                public void tooLong(int index) {
                    seen.add("TOO LONG");
                }
            });
            lines.recycle(block);
        }
        return seen;
    }

    private static List<String> lines(String text, int maxLineBytes, int blockBytes)
            throws IOException {
        InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        return lines(new JsonLines(in, maxLineBytes, blockBytes));
    }

    /** The lines: split at LF, a CR at their end dropped, those over the cap flagged. */
    private static List<String> expected(String text, int maxLineBytes) {
        List<String> expected = new ArrayList<>();
        String[] parts = text.split("\n", -1);
        int count = text.endsWith("\n") ? parts.length - 1 : parts.length;
        for (int i = 0; i < count && !text.isEmpty(); i++) {
            String line = parts[i].endsWith("\r")
                    ? parts[i].substring(0, parts[i].length() - 1) : parts[i];
            boolean tooLong = line.getBytes(StandardCharsets.UTF_8).length > maxLineBytes;
            expected.add(tooLong ? "TOO LONG" : line);
        }
        return expected;
    }

    @Property(tries = 300)
    void cutsAnyTextIntoItsLinesWhateverTheBlockSize(
            @ForAll @StringLength(max = 200) @Chars({'a', 'b', 'c', 'x', 'é'}) String raw,
            @ForAll @IntRange(min = 1, max = 40) int maxLineBytes,
            @ForAll @IntRange(min = 1, max = 64) int blockBytes) throws IOException {
        String text = raw.replace('a', '\n').replace('b', '\r').replace('c', ' ');
        assertEquals(expected(text, maxLineBytes), lines(text, maxLineBytes, blockBytes));
    }

    @Test
    void keepsBlankLinesAndALastLineWithoutItsEnd() throws IOException {
        assertEquals(List.of("{}", "", "  ", "{\"a\":1}"),
                lines("{}\r\n\n  \n{\"a\":1}", 100, 4));
        assertEquals(List.of(), lines("", 100, 4));
        assertEquals(List.of(""), lines("\n", 100, 4));
    }

    @Test
    void skipsAnOverLongLineWithoutKeepingItAndGoesOn() throws IOException {
        String huge = "x".repeat(5 * 1024 * 1024);
        assertEquals(List.of("{}", "TOO LONG", "{}"),
                lines(new JsonLines(new ByteArrayInputStream(("{}\n" + huge + "\n{}")
                        .getBytes(StandardCharsets.UTF_8)), 1000)));
        assertEquals(List.of("TOO LONG"), lines(huge, 1000, 4096));
        assertEquals(List.of("x".repeat(1000), "TOO LONG"),
                lines("x".repeat(1000) + "\n" + "x".repeat(1001), 1000, 64));
    }
}
