package dev.verdict.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.ir.Expr;
import dev.verdict.source.Schemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/schemas.md shows every bundled schema as its {@code .schema} file defines it
 * ({@code -Dverdict.golden.update=true} rewrites the generated parts).
 */
class SchemaDocsTest {

    private static final Path DOC = Path.of("..", "docs", "schemas.md");

    private static String begin(String name) {
        return "<!-- schema:begin " + name + " (generated from " + name
                + ".schema by SchemaMarkdown) -->\n";
    }

    @Test
    void schemasDocShowsEveryBundledSchema() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (String name : Schemas.names()) {
            String begin = begin(name);
            int from = doc.indexOf(begin);
            int end = doc.indexOf("<!-- schema:end " + name + " -->", from);
            assertTrue(from >= 0 && end > from, "docs/schemas.md lacks the markers of " + name);
            String expected = SchemaMarkdown.render(Schemas.named(name).orElseThrow());
            String actual = doc.substring(from + begin.length(), end);
            if (Boolean.getBoolean("verdict.golden.update")) {
                doc = doc.substring(0, from + begin.length()) + expected + doc.substring(end);
                Files.writeString(DOC, doc);
            } else {
                assertEquals(expected, actual, name);
            }
        }
    }

    @Test
    void aftersaleMatchesTheSpecShape() {
        Schema schema = Schemas.aftersale();
        assertEquals(23, schema.fields().size());
        Field decidedAt = schema.field("decided_at").orElseThrow();
        assertEquals(Kind.TIMESTAMP, decidedAt.type().kind());
        assertTrue(decidedAt.optional());
        Field request = schema.requestField().orElseThrow();
        assertEquals("request", request.path());
        assertTrue(schema.field("buyer.credit_score").orElseThrow().optional());
        assertEquals(100, schema.field("buyer.credit_score").orElseThrow().type().max());
        assertEquals(2, schema.currencyDecimals().get("USD"));
        assertEquals(0, schema.currencyDecimals().get("JPY"));
        long cancelOnly = 1L << request.type().ordinal("cancel");
        assertEquals(new Expr.Member(request, cancelOnly),
                schema.outcome("approve_cancel").orElseThrow().applies().lowered());
        assertTrue(schema.outcome("reject").orElseThrow().appliesAlways());
        assertEquals("manual_review", schema.lints().fallback());
    }
}
