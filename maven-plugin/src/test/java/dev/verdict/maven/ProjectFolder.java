package dev.verdict.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes files of a project folder for tests. */
final class ProjectFolder {

    private ProjectFolder() {
    }

    /** Writes {@code text} to {@code relative} under {@code root}, making its folders. */
    static Path write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
