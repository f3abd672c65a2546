package dev.verdict.testing;

import dev.verdict.schema.Schema;
import dev.verdict.schema.SchemaLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A second schema for the property tests, with the field types {@code aftersale} lacks or has
 * once: strings (one optional), a date, timestamps (optional), an optional bool and duration.
 */
public final class ShippingSchema {

    public static final Schema SCHEMA = load();

    private ShippingSchema() {
    }

    private static Schema load() {
        try (InputStream in = ShippingSchema.class.getResourceAsStream("shipping.json")) {
            return SchemaLoader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
