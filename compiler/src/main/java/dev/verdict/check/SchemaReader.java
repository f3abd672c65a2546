package dev.verdict.check;

import dev.verdict.diag.Diagnostic;
import dev.verdict.schema.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a {@code .schema} file on its own, with the schemas it extends: to check it, or to
 * compile policies against it. The files come through a {@link SchemaLibrary}.
 */
public final class SchemaReader {

    private SchemaReader() {
    }

    /**
     * The schema, when it has no errors; its diagnostics; and the texts of the files read (it
     * and those it extends), by the names the diagnostics give them.
     */
    public record Result(Optional<Schema> schema, List<Diagnostic> diagnostics,
                         Map<String, String> sources) {
    }

    /** Checks schema {@code text}; the schemas it extends come from {@code library}. */
    public static Result read(SchemaText text, SchemaLibrary library) {
        Reporter reporter = new Reporter(text.displayPath());
        SchemaResolver resolver = new SchemaResolver(library);
        Optional<Schema> schema = resolver.read(text, reporter);
        return new Result(schema, reporter.diagnostics(), resolver.sources());
    }

    /**
     * The bundled schema {@code name}, checked.
     *
     * @throws IllegalStateException when it has errors (a bundled schema has none)
     */
    public static Schema bundled(String name, SchemaLibrary library) {
        return SchemaResolver.bundled(name, library);
    }
}
