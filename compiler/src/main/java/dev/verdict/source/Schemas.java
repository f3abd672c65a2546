package dev.verdict.source;

import dev.verdict.check.SchemaLibrary;
import dev.verdict.check.SchemaReader;
import dev.verdict.check.SchemaText;
import dev.verdict.schema.Schema;
import dev.verdict.syntax.ParseResult;
import dev.verdict.syntax.SourceParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, reads and parses schemas for the checker: bundled ones by name
 * ({@code schema order_review}, listed in {@code schemas/index.txt}; diagnostics name them
 * {@code bundled:NAME.schema}), others as files named by a path relative to the file that names
 * them. Each bundled schema is read and checked once, on first use.
 */
public final class Schemas implements SchemaLibrary {

    /** The library of the bundled schemas and of schema files anywhere. */
    public static final Schemas LIBRARY = new Schemas(ProjectTree.anywhere(), new HashMap<>(),
            new ConcurrentHashMap<>());

    private static final Pattern SCHEMA_LINE =
            Pattern.compile("^\\s*schema\\s+([a-z_][a-z0-9_]*)", Pattern.MULTILINE);

    private final ProjectTree tree;
    private final Map<String, Schema> loaded;
    private final Map<String, String> profileSchemas;

    private Schemas(ProjectTree tree, Map<String, Schema> loaded,
                    Map<String, String> profileSchemas) {
        this.tree = tree;
        this.loaded = loaded;
        this.profileSchemas = profileSchemas;
    }

    /** This library, reading schema files only inside {@code tree}. */
    public Schemas within(ProjectTree tree) {
        return new Schemas(tree, loaded, profileSchemas);
    }

    /** The bundled after-sales schema (SPEC §8): the schema of a policy that names none. */
    public static Schema aftersale() {
        return named("aftersale").orElseThrow();
    }

    /** The bundled schema {@code name}; empty when there is none of that name. */
    public static Optional<Schema> named(String name) {
        return LIBRARY.bundled(name);
    }

    /** The names of the bundled schemas, in index order. */
    public static List<String> names() {
        return LIBRARY.bundledNames();
    }

    /**
     * Reads schema {@code text}, named {@code displayPath} in diagnostics; the schemas it extends
     * by path are read from {@code directory} (null: the current one).
     */
    public static SchemaReader.Result read(String displayPath, String text, Path directory) {
        return SchemaReader.read(parsed(displayPath, text, directory), LIBRARY);
    }

    @Override
    public List<String> bundledNames() {
        return SourceKind.SCHEMA.bundledNames();
    }

    @Override
    public Optional<Schema> bundled(String name) {
        if (!bundledNames().contains(name)) {
            return Optional.empty();
        }
        synchronized (loaded) {
            Schema schema = loaded.get(name);
            if (schema == null) {
                schema = SchemaReader.bundled(name, this);
                loaded.put(name, schema);
            }
            return Optional.of(schema);
        }
    }

    @Override
    public SchemaText bundledText(String name) {
        SourceText text = bundledSource(SourceKind.SCHEMA, name);
        return parsed("bundled:" + name + ".schema", text.text(), null);
    }

    @Override
    public SchemaText file(Path directory, String ref, String namingFile)
            throws SchemaLibrary.Unreadable {
        try {
            Path path = directory == null ? Path.of(ref) : directory.resolve(ref);
            String display = Path.of(namingFile).resolveSibling(ref).normalize().toString();
            SourceReader.checkAccess(SourceKind.SCHEMA, path, display, tree);
            Path folder = path.toAbsolutePath().getParent();
            return parsed(display, BoundedRead.text(path), folder);
        } catch (SourceNotFound e) {
            throw e.reason() == SourceNotFound.Reason.OUTSIDE
                    ? new SchemaLibrary.Outside(e.detail())
                    : new SchemaLibrary.Unreadable(e.detail());
        } catch (InvalidPathException e) {
            throw new SchemaLibrary.Unreadable("not a valid path");
        } catch (NoSuchFileException e) {
            throw new SchemaLibrary.Unreadable("no such file");
        } catch (CharacterCodingException e) {
            throw new SchemaLibrary.Unreadable("it is not UTF-8 text");
        } catch (IOException e) {
            throw new SchemaLibrary.Unreadable(e.getMessage());
        }
    }

    /** Each bundled profile constrains the schema its {@code schema} line names, else aftersale. */
    @Override
    public List<String> profilesFor(Predicate<String> constrains) {
        return SourceKind.PROFILE.bundledNames().stream().filter(name -> constrains.test(
                profileSchemas.computeIfAbsent(name, Schemas::schemaOfProfile))).toList();
    }

    private static String schemaOfProfile(String name) {
        Matcher line = SCHEMA_LINE.matcher(bundledSource(SourceKind.PROFILE, name).text());
        return line.find() ? line.group(1) : "aftersale";
    }

    private static SourceText bundledSource(SourceKind kind, String name) {
        try {
            return SourceReader.bundled(kind, name);
        } catch (SourceNotFound e) {
            throw new IllegalStateException("bundled " + name + " is missing", e);
        }
    }

    private static SchemaText parsed(String displayPath, String text, Path directory) {
        ParseResult parse = SourceParser.parse(displayPath, text);
        return new SchemaText(displayPath, parse.file(), parse.diagnostics(), directory);
    }
}
