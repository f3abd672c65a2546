package dev.verdict.loader;

import dev.verdict.source.BoundedRead;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The policy files of a load: the file given, or every {@code .policy} file under the directory
 * given, sorted by path, with their text (UTF-8). A file's name is its path from the directory
 * without the extension, with {@code /} between folders ({@code eu/returns}); a single file's is
 * its name without the extension. Files that cannot be read are problems, named by path.
 */
record PolicyFiles(List<Entry> entries, List<String> problems) {

    static final String EXTENSION = ".policy";

    record Entry(String name, Path path, String text) {
    }

    static PolicyFiles find(Path path) throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (Files.isDirectory(path)) {
            for (Path file : policyFiles(path)) {
                read(nameOf(path.relativize(file)), file, entries, problems);
            }
        } else if (Files.exists(path)) {
            read(nameOf(path.getFileName()), path, entries, problems);
        } else {
            problems.add("cannot read " + path + ": no such file or directory");
        }
        return new PolicyFiles(entries, problems);
    }

    private static List<Path> policyFiles(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(EXTENSION))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void read(String name, Path file, List<Entry> entries, List<String> problems) {
        try {
            entries.add(new Entry(name, file, BoundedRead.text(file)));
        } catch (IOException e) {
            problems.add("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static String nameOf(Path relative) {
        String name = relative.toString().replace('\\', '/');
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length())
                : name;
    }
}
