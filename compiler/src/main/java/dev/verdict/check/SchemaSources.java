package dev.verdict.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the text of schemas: bundled ones by name ({@code schema order_review}, from the
 * resources listed in {@code schemas/index.txt}), others as files named by a path relative to
 * the file that names them. A bundled schema's diagnostics name it {@code bundled:NAME.schema}.
 */
public final class SchemaSources {

    private static final String DIRECTORY = "/dev/verdict/schemas/";
    private static final List<String> BUNDLED = readIndex();

    private SchemaSources() {
    }

    /** The names of the bundled schemas, in index order. */
    public static List<String> bundledNames() {
        return BUNDLED;
    }

    /**
     * A schema's text, how diagnostics name its file, and the folder its own quoted references
     * are read from (null for a bundled schema).
     */
    record SchemaText(String displayPath, String text, Path directory) {
    }

    /** Why a schema file could not be read. */
    static final class Unreadable extends Exception {
        Unreadable(String why) {
            super(why);
        }
    }

    static boolean isBundled(String name) {
        return BUNDLED.contains(name);
    }

    /** The text of a bundled schema; {@code name} must be one of {@link #bundledNames()}. */
    static SchemaText bundled(String name) {
        String resource = DIRECTORY + name + ".schema";
        try (InputStream in = SchemaSources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled schema " + name + " is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new SchemaText("bundled:" + name + ".schema", text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The schema file {@code ref} names, relative to {@code directory} (null: the current one);
     * diagnostics name it relative to {@code namingFile}, the file that wrote the reference.
     */
    static SchemaText file(Path directory, String ref, String namingFile) throws Unreadable {
        try {
            Path path = directory == null ? Path.of(ref) : directory.resolve(ref);
            String display = Path.of(namingFile).resolveSibling(ref).normalize().toString();
            Path folder = path.toAbsolutePath().getParent();
            return new SchemaText(display, Files.readString(path), folder);
        } catch (InvalidPathException e) {
            throw new Unreadable("not a valid path");
        } catch (NoSuchFileException e) {
            throw new Unreadable("no such file");
        } catch (CharacterCodingException e) {
            throw new Unreadable("it is not UTF-8 text");
        } catch (IOException e) {
            throw new Unreadable(e.getMessage());
        }
    }

    private static List<String> readIndex() {
        try (InputStream in = SchemaSources.class.getResourceAsStream(DIRECTORY + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("the index of bundled schemas is missing");
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
