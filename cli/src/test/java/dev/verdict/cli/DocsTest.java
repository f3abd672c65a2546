package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every command the user documentation shows and compares its output with the text shown
 * (the convention is in CONTRIBUTING.md): in README.md and docs/*.md, each line of a fenced
 * block that starts with {@code $ ./verdict } is a command, run from the repository's root
 * with the real command line (its main class in a JVM of its own, on the classpath the tests
 * run with, so the launcher's build is not involved); the lines after it, up to the next
 * {@code $ } line or the end of the block, are its output: standard output, then standard
 * error. An output line {@code ...} stands for lines not shown: last, only the first lines
 * are compared; first, only the last ones.
 */
class DocsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String PROMPT = "$ ";

    /** A documented command, where it is, and the output shown for it. */
    record Example(String where, String command, List<String> output, boolean more,
                   boolean earlier) {
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedCommandPrintsWhatTheDocsShow() throws IOException {
        List<Example> examples = new ArrayList<>();
        for (Path page : pages()) {
            examples.addAll(examples(page));
        }
        assertFalse(examples.isEmpty(), "no documented commands found");
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.where() + ": " + e.command(),
                () -> check(e)));
    }

    @Test
    void everyPromptInTheDocsIsAVerdictCommand() throws IOException {
        for (Path page : pages()) {
            for (Example example : examples(page)) {
                assertTrue(example.command().startsWith("./verdict "),
                        example.where() + ": only `$ ./verdict ...` commands can be checked; "
                                + "show other commands without the `$ ` prompt");
            }
        }
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** The examples of one page, by the convention above. */
    static List<Example> examples(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page);
        List<Example> examples = new ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (!fenced || !line.startsWith(PROMPT)) {
                continue;
            }
            String where = ROOT.relativize(page) + ":" + (i + 1);
            StringBuilder command = new StringBuilder(line.substring(PROMPT.length()));
            while (command.toString().endsWith("\\") && i + 1 < lines.size()) {
                command.setLength(command.length() - 1);
                command.append(' ').append(lines.get(++i).strip());
            }
            List<String> output = new ArrayList<>();
            while (i + 1 < lines.size() && !lines.get(i + 1).startsWith("```")
                    && !lines.get(i + 1).startsWith(PROMPT)) {
                output.add(lines.get(++i));
            }
            boolean more = !output.isEmpty() && output.get(output.size() - 1).equals("...");
            if (more) {
                output.remove(output.size() - 1);
            }
            boolean earlier = !output.isEmpty() && output.get(0).equals("...");
            if (earlier) {
                output.remove(0);
            }
            examples.add(new Example(where, command.toString(), output, more, earlier));
        }
        return examples;
    }

    private static void check(Example example) throws Exception {
        List<String> words = ShellWords.split(example.command());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(words.subList(1, words.size()));
        Process process = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        var stderr = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(
                process.getErrorStream()));
        String out = read(process.getInputStream());
        process.waitFor();
        List<String> actual = new ArrayList<>((out + stderr.get()).lines().toList());
        List<String> expected = example.output();
        if (example.more() && actual.size() > expected.size()) {
            actual = actual.subList(0, expected.size());
        }
        if (example.earlier() && actual.size() > expected.size()) {
            actual = actual.subList(actual.size() - expected.size(), actual.size());
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual),
                example.where() + ": `" + example.command() + "`");
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
