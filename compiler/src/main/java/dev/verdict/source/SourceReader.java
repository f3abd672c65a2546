package dev.verdict.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the file a {@link SourceRef} names, the same way for every {@link SourceKind}: a bundled
 * name from the resources, a path from the policy's folder (or, for an option, the current
 * one). A file beside the policy is named in diagnostics relative to the policy's path. A path
 * a policy writes must lead inside its {@link ProjectTree}; a file of the wrong kind (not
 * {@code .platform} for a profile) is not read, so that no line of it is ever shown.
 */
public final class SourceReader {

    private SourceReader() {
    }

    /**
     * The text {@code ref} names. {@code directory}: the policy's folder (null: the current
     * one); {@code policyPath}: how diagnostics name the policy; {@code tree}: where a path the
     * policy writes may lead.
     */
    public static SourceText read(SourceKind kind, SourceRef ref, Path directory,
                                  String policyPath, ProjectTree tree) throws SourceNotFound {
        if (!ref.path()) {
            return bundled(kind, ref.text());
        }
        if (ref.fromOption()) {
            return file(kind, null, ref.text(), ref.text(), ProjectTree.anywhere());
        }
        return file(kind, directory, ref.text(), sibling(policyPath, ref.text()), tree);
    }

    /**
     * Why {@code file}, of {@code kind}, named {@code displayPath} in diagnostics, may not be
     * read: it is outside {@code tree}, or not a file of that kind.
     */
    static void checkAccess(SourceKind kind, Path file, String displayPath, ProjectTree tree)
            throws SourceNotFound {
        if (!tree.contains(file)) {
            throw new SourceNotFound(SourceNotFound.Reason.OUTSIDE, displayPath,
                    tree.root().orElseThrow().toString());
        }
        Path name = file.getFileName();
        if (name == null || !name.toString().endsWith(kind.extension())) {
            throw new SourceNotFound(SourceNotFound.Reason.UNREADABLE, displayPath,
                    "its name does not end in `" + kind.extension() + "`");
        }
    }

    /** The bundled file {@code name} of {@code kind}. */
    public static SourceText bundled(SourceKind kind, String name) throws SourceNotFound {
        if (!kind.bundledNames().contains(name)) {
            throw new SourceNotFound(SourceNotFound.Reason.UNKNOWN_NAME, name, null);
        }
        try (InputStream in = SourceReader.class.getResourceAsStream(kind.resource(name))) {
            if (in == null) {
                throw new IllegalStateException("bundled file " + kind.resource(name)
                        + " is missing");
            }
            return new SourceText(kind.displayPath(name),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SourceText file(SourceKind kind, Path directory, String ref,
                                   String displayPath, ProjectTree tree) throws SourceNotFound {
        Path path;
        try {
            path = directory == null ? Path.of(ref) : directory.resolve(ref);
        } catch (InvalidPathException e) {
            throw new SourceNotFound(SourceNotFound.Reason.UNREADABLE, ref, "not a valid path");
        }
        checkAccess(kind, path, displayPath, tree);
        return readFile(path, displayPath);
    }

    private static SourceText readFile(Path file, String displayPath) throws SourceNotFound {
        try {
            return new SourceText(displayPath, BoundedRead.text(file));
        } catch (NoSuchFileException e) {
            throw new SourceNotFound(SourceNotFound.Reason.NO_SUCH_FILE, displayPath, null);
        } catch (IOException e) {
            throw new SourceNotFound(SourceNotFound.Reason.UNREADABLE, displayPath, e.getMessage());
        }
    }

    /** How diagnostics name a file beside the policy: relative to the policy's path. */
    private static String sibling(String policyPath, String ref) {
        try {
            return Path.of(policyPath).resolveSibling(ref).normalize().toString();
        } catch (InvalidPathException e) {
            return ref;
        }
    }
}
