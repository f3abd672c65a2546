package dev.verdict.maven;

import dev.verdict.diff.DiffJson;
import dev.verdict.diff.DiffMarkdown;
import dev.verdict.diff.DiffReport;
import dev.verdict.diff.DiffText;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The reports of the {@code diff} goal, in its reports folder, in the formats of
 * {@code verdict diff}: {@code verdict-diff.txt} (the human format) and {@code verdict-diff.md}
 * (Markdown, for a pull-request comment), each the reports of the changed policies one after
 * the other, empty when none changed; and {@code verdict-diff.json}, an array of every
 * compared policy's JSON document, equivalent ones included.
 */
final class DiffReports {

    static final String TEXT = "verdict-diff.txt";
    static final String MARKDOWN = "verdict-diff.md";
    static final String JSON = "verdict-diff.json";

    private DiffReports() {
    }

    static void write(File directory, List<DiffReport> reports) throws IOException {
        Path folder = directory.toPath();
        Files.createDirectories(folder);
        List<DiffReport> changed = reports.stream().filter(r -> !r.equivalent()).toList();
        Files.writeString(folder.resolve(TEXT), changed.stream().map(DiffText::render)
                .collect(Collectors.joining("\n")));
        Files.writeString(folder.resolve(MARKDOWN), changed.stream().map(DiffMarkdown::render)
                .collect(Collectors.joining("\n")));
        Files.writeString(folder.resolve(JSON), reports.stream().map(DiffJson::render)
                .collect(Collectors.joining(",\n", "[", "]\n")));
    }
}
