package dev.verdict.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.schema.Schema;
import dev.verdict.source.Schemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code verdict fmt} on schema files: canonical, stable, and the same schema read back. */
class SchemaFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"aftersale", "order_review", "interception", "return_routing"})
    void aFormattedBundledSchemaIsTheSameSchema(String name) throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/dev/verdict/schemas/" + name
                + ".schema")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        FormatResult once = Formatter.format(name + ".schema", text);
        assertTrue(once.diagnostics().isEmpty(), once.diagnostics().toString());
        assertEquals(once.text(), Formatter.format(name + ".schema", once.text()).text());
        assertTrue(once.text().lines().allMatch(line -> line.length() <= 100), once.text());
        Schema bundled = Schemas.named(name).orElseThrow();
        Schema read = Schemas.read(name + ".schema", once.text(), null).schema()
                .orElseThrow();
        assertEquals(bundled.fields(), read.fields());
        assertEquals(bundled.outcomes(), read.outcomes());
        assertEquals(bundled.obligations(), read.obligations());
        assertEquals(bundled.lints(), read.lints());
        assertEquals(bundled.currencyDecimals(), read.currencyDecimals());
        assertEquals(bundled.passthrough(), read.passthrough());
    }
}
