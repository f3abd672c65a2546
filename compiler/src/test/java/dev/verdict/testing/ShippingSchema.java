package dev.verdict.testing;

import dev.verdict.schema.Schema;
import dev.verdict.source.Schemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A second schema for the property tests ({@code shipping.schema}), with the field types
 * {@code aftersale} lacks or has once: strings (one optional), a date, timestamps (optional), an
 * optional bool and duration.
 */
public final class ShippingSchema {

    public static final Schema SCHEMA = load();

    private ShippingSchema() {
    }

    private static Schema load() {
        try (InputStream in = ShippingSchema.class.getResourceAsStream("shipping.schema")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Schemas.read("shipping.schema", text, null).schema().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
