package dev.verdict.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import dev.verdict.source.BoundedRead;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files a command works on: the files named, and the files with one of the wanted
 * extensions under each directory named (recursively, skipping hidden directories), sorted.
 * A path that cannot be read is reported on the error stream and left out.
 */
final class SourcePaths {

    private final Console console;
    private boolean failed;

    SourcePaths(Console console) {
        this.console = console;
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

    private List<Path> walk(Path directory, Set<String> extensions) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> Files.isRegularFile(p) && hasExtension(p, extensions))
                    .filter(p -> !hidden(directory.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            IOException cause =
                    e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            problem(directory, reason(cause));
            return List.of();
        }
    }

    private static boolean hasExtension(Path file, Set<String> extensions) {
        String name = file.getFileName().toString();
        return extensions.stream().anyMatch(name::endsWith);
    }

    /** Whether a directory on the way to the file, below the searched one, is hidden. */
    private static boolean hidden(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (relative.getName(i).toString().startsWith(".")) {
                return true;
            }
        }
        return false;
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
