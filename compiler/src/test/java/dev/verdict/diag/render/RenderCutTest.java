package dev.verdict.diag.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.ast.Span;
import dev.verdict.diag.Code;
import dev.verdict.diag.Diagnostic;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Human output stops before the next diagnostic once time is up, having written whole
 * diagnostics only; the summary still counts everything found. Formats written as one document
 * write everything.
 */
class RenderCutTest {

    private static final String TEXT = "line one\nline two\nline three\nline four\n";

    private static List<Diagnostic> found(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> Code.E0201.at("a.policy",
                new Span(i, 1, i, 5), "problem " + i)).toList();
    }

    @Property(tries = 50)
    void stopsAfterAsManyAsTimeAllows(@ForAll @IntRange(max = 4) int allowed) {
        int[] checks = {0};
        StringWriter text = new StringWriter();
        int written = new HumanRenderer(false).render(found(4), Map.of("a.policy", TEXT),
                new PrintWriter(text), () -> checks[0]++ >= allowed);
        assertEquals(allowed, written);
        for (int i = 1; i <= 4; i++) {
            assertEquals(i <= allowed, text.toString().contains("problem " + i), text::toString);
        }
        assertTrue(text.toString().endsWith("error: 4 errors\n"), text::toString);
    }

    @Property(tries = 5)
    void documentsAreWrittenWhole(@ForAll @IntRange(max = 3) int count) {
        StringWriter text = new StringWriter();
        int written = new JsonRenderer().render(found(count), Map.of(), new PrintWriter(text),
                () -> true);
        assertEquals(count, written);
        assertFalse(text.toString().isEmpty());
    }
}
