package dev.verdict.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The policy files of a project: every {@code *.policy} file under the source directory, in
 * its folders too (hidden folders skipped), sorted by path so that builds are repeatable.
 * Profiles ({@code *.platform}) are not listed: they are read with the policies that name them.
 */
final class PolicyFiles {

    private static final String EXTENSION = ".policy";

    private PolicyFiles() {
    }

    /** The policy files under {@code directory}; none when it does not exist. */
    static List<Path> under(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(EXTENSION))
                    .filter(Files::isRegularFile)
                    .filter(p -> !hidden(directory.relativize(p)))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Whether a folder on the way to the file, below the searched one, is hidden. */
    private static boolean hidden(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (relative.getName(i).toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
