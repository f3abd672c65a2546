package dev.verdict.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import dev.verdict.source.BoundedRead;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The files a command works on: the files named, and the files with one of the wanted
 * extensions under each directory named (recursively, skipping hidden directories), sorted.
 * A path that cannot be read is reported on the error stream and left out.
 */
final class SourcePaths {

    /** Opens a directory's listing: {@link Files#newDirectoryStream} but in tests. */
    interface Directories {
        DirectoryStream<Path> open(Path directory) throws IOException;
    }

    private final Console console;
    private final Directories directories;
    private boolean failed;

    SourcePaths(Console console) {
        this(console, Files::newDirectoryStream);
    }

    SourcePaths(Console console, Directories directories) {
        this.console = console;
        this.directories = directories;
    }

    /** Whether some path could not be read: the command exits 2. */
    boolean failed() {
        return failed;
    }

    List<Path> expand(List<Path> paths, Set<String> extensions) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(walk(path, extensions));
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                boolean exists = Files.exists(path);
                problem(path, exists ? "not a file or directory" : "no such file or directory");
            }
        }
        return files;
    }

    /** The text of {@code file} as UTF-8, or null after reporting why it cannot be read. */
    String read(Path file) {
        try {
            return BoundedRead.text(file);
        } catch (IOException e) {
            problem(file, reason(e));
            return null;
        }
    }

    /** Writes {@code text} to {@code file}; false after reporting why it cannot be written. */
    boolean write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            failed = true;
            console.problem("cannot write " + file + ": " + reason(e));
            return false;
        }
    }

    /**
     * The wanted files under {@code directory}; a sub-directory that cannot be listed is
     * reported by its own path and the rest of the tree is still searched.
     */
    private List<Path> walk(Path directory, Set<String> extensions) {
        List<Path> found = new ArrayList<>();
        search(directory, extensions, found);
        found.sort(null);
        return found;
    }

    private void search(Path directory, Set<String> extensions, List<Path> found) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = directories.open(directory)) {
            listing.forEach(entries::add);
        } catch (IOException | DirectoryIteratorException e) {
            IOException cause =
                    e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e;
            problem(directory, reason(cause));
            return;
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                if (!entry.getFileName().toString().startsWith(".")) {
                    search(entry, extensions, found);
                }
            } else if (Files.isRegularFile(entry) && hasExtension(entry, extensions)) {
                found.add(entry);
            }
        }
    }

    private static boolean hasExtension(Path file, Set<String> extensions) {
        String name = file.getFileName().toString();
        return extensions.stream().anyMatch(name::endsWith);
    }

    private void problem(Path path, String reason) {
        failed = true;
        console.problem("cannot read " + path + ": " + reason);
    }

    /** Why an I/O operation failed, in a few words. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
