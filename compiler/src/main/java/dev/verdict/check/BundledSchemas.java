package dev.verdict.check;

import dev.verdict.schema.Schema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schemas that ship with Verdict ({@code aftersale}, {@code order_review}, ...), each read
 * and checked once, on first use.
 */
public final class BundledSchemas {

    private static final Map<String, Schema> LOADED = new HashMap<>();

    private BundledSchemas() {
    }

    /** The schema of a policy that names none (SPEC §8). */
    public static Schema aftersale() {
        return named("aftersale").orElseThrow();
    }

    /** The names of the bundled schemas, in index order. */
    public static List<String> names() {
        return SchemaSources.bundledNames();
    }

    /** The bundled schema {@code name}; empty when there is none of that name. */
    public static synchronized Optional<Schema> named(String name) {
        if (!SchemaSources.isBundled(name)) {
            return Optional.empty();
        }
        Schema schema = LOADED.get(name);
        if (schema == null) {
            schema = SchemaResolver.bundled(name);
            LOADED.put(name, schema);
        }
        return Optional.of(schema);
    }
}
