package dev.verdict.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/language.md shows the schema as the data file defines it ({@code
 * -Dverdict.golden.update=true} rewrites it).
 */
class SchemaDocsTest {

    private static final Path DOC = Path.of("..", "docs", "language.md");
    private static final String BEGIN =
            "<!-- schema:begin (generated from aftersale.json by SchemaMarkdown) -->\n";
    private static final String END = "<!-- schema:end -->";

    @Test
    void languageDocShowsTheSchemaDataFile() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "docs/language.md lacks the schema markers");
        String expected = SchemaMarkdown.render(Schema.aftersale());
        String actual = doc.substring(begin + BEGIN.length(), end);
        if (Boolean.getBoolean("verdict.golden.update")) {
            Files.writeString(DOC, doc.substring(0, begin + BEGIN.length()) + expected
                    + doc.substring(end));
            return;
        }
        assertEquals(expected, actual);
    }

    @Test
    void schemaMatchesTheSpecShape() {
        Schema schema = Schema.aftersale();
        assertEquals(22, schema.fields().size());
        assertEquals(Kind.ENUM, schema.requestField().type().kind());
        assertTrue(schema.field("buyer.credit_score").orElseThrow().optional());
        assertEquals(100, schema.field("buyer.credit_score").orElseThrow().type().max());
        assertEquals(2, schema.currencyDecimals().get("USD"));
        assertEquals(0, schema.currencyDecimals().get("JPY"));
        long cancelOnly = 1L << schema.requestField().type().ordinal("cancel");
        assertEquals(cancelOnly, schema.applicability(schema.outcome("approve_cancel")
                .orElseThrow()));
    }
}
