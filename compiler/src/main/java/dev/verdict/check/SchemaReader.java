package dev.verdict.check;

import dev.verdict.diag.Diagnostic;
import dev.verdict.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a {@code .schema} file on its own: to check it, or to compile policies against it. */
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

    /**
     * Reads schema {@code text}, named {@code displayPath} in diagnostics; the schemas it extends
     * by path are read from {@code directory} (null: the current one).
     */
    public static Result read(String displayPath, String text, Path directory) {
        Reporter reporter = new Reporter(displayPath);
        SchemaResolver resolver = new SchemaResolver();
        Optional<Schema> schema = resolver.read(
                new SchemaSources.SchemaText(displayPath, text, directory), reporter);
        return new Result(schema, reporter.diagnostics(), resolver.sources());
    }
}
