package dev.verdict.maven;

import com.palantir.javapoet.JavaFile;
import dev.verdict.codegen.JavaSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Brings an output directory up to date with generated classes, touching as little as it can:
 * a file whose content is already right is left alone (its time stamp too, so the compiler
 * does not recompile it), and a file Verdict generated before but does not now (its policy was
 * renamed or removed) is deleted. Files Verdict did not generate are never touched.
 */
final class GeneratedSources {

    /** How every file Verdict generates begins. */
    static final String HEADER = "// " + JavaSources.GENERATED_BY;

    /** What {@link #update} did. */
    record Changes(List<Path> written, List<Path> unchanged, List<Path> deleted) {

        /** {@code 2 sources written, 4 unchanged, 1 stale deleted}. */
        String summary() {
            String counts = written.size() + (written.size() == 1 ? " source" : " sources")
                    + " written, " + unchanged.size() + " unchanged";
            return deleted.isEmpty() ? counts : counts + ", " + deleted.size() + " stale deleted";
        }
    }

    private GeneratedSources() {
    }

    /**
     * Writes the files under {@code directory}, in their packages' folders; a class given twice
     * (the request class every policy shares) is written once.
     *
     * @throws IllegalArgumentException when two different classes have one name
     */
    static Changes update(Path directory, List<JavaFile> files) throws IOException {
        Map<Path, String> sources = sources(directory, files);
        List<Path> written = new ArrayList<>();
        List<Path> unchanged = new ArrayList<>();
        for (Map.Entry<Path, String> source : sources.entrySet()) {
            Path file = source.getKey();
            byte[] content = source.getValue().getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), content)) {
                unchanged.add(file);
            } else {
                Files.createDirectories(file.getParent());
                Files.write(file, content);
                written.add(file);
            }
        }
        List<Path> deleted = new ArrayList<>();
        for (Path old : generatedBefore(directory)) {
            if (!sources.containsKey(old)) {
                Files.delete(old);
                deleted.add(old);
            }
        }
        return new Changes(written, unchanged, deleted);
    }

    private static Map<Path, String> sources(Path directory, List<JavaFile> files) {
        Map<Path, String> sources = new LinkedHashMap<>();
        for (JavaFile file : JavaSources.distinct(files).values()) {
            Path path = directory.toAbsolutePath().normalize();
            if (!file.packageName().isEmpty()) {
                path = path.resolve(file.packageName().replace('.', '/'));
            }
            sources.put(path.resolve(file.typeSpec().name() + ".java"), file.toString());
        }
        return sources;
    }

    /** The {@code .java} files under {@code directory} that start with Verdict's header. */
    private static List<Path> generatedBefore(Path directory) throws IOException {
        Path root = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".java"))
                    .filter(Files::isRegularFile)
                    .filter(GeneratedSources::startsWithHeader)
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean startsWithHeader(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().filter(line -> line.startsWith(HEADER)).isPresent();
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}
