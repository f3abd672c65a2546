package dev.verdict.check;

import dev.verdict.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the checker reads through the {@code source} package, which finds, reads and parses
 * files (the checker reads none): bundled schemas by name, schema files by path, and the
 * bundled profiles of a schema.
 */
public interface SchemaLibrary {

    /** The names of the bundled schemas, in index order. */
    List<String> bundledNames();

    /** The bundled schema {@code name}, checked; empty when there is none of that name. */
    Optional<Schema> bundled(String name);

    /** The parsed text of bundled schema {@code name}, one of {@link #bundledNames()}. */
    SchemaText bundledText(String name);

    /**
     * The schema file {@code ref} names, relative to {@code directory} (null: the current one);
     * diagnostics name it relative to {@code namingFile}, the file that wrote the reference.
     */
    SchemaText file(Path directory, String ref, String namingFile) throws Unreadable;

    /** The bundled profiles that constrain a schema {@code constrains} accepts, in order. */
    List<String> profilesFor(Predicate<String> constrains);

    /** Why a schema file could not be read. */
    class Unreadable extends Exception {
        public Unreadable(String why) {
            super(why);
        }
    }

    /** A schema file outside the project's folder, {@code root}: it is not read. */
    final class Outside extends Unreadable {
        public Outside(String root) {
            super(root);
        }

        public String root() {
            return getMessage();
        }
    }
}
