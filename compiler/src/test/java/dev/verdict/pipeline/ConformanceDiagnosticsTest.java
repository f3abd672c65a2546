package dev.verdict.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.verdict.diag.Diagnostic;
import dev.verdict.source.Schemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs each conformance case's {@code policy.policy} through {@link Compiler} and compares the
 * {@code LINE CODE} pairs with its {@code diagnostics.txt}, leaving out the analysis codes (the
 * analyses land separately) and the codes a case ignores; a third word must appear in that
 * diagnostic's message or help.
 */
class ConformanceDiagnosticsTest {

    private static final Path CASES = Path.of("../../shared/conformance/cases");
    private static final Set<String> ANALYSIS =
            Set.of("E0301", "E0303", "W0302", "W0401", "W0402", "W0403", "W0404", "W0405");

    @TestFactory
    Stream<DynamicTest> everyCaseReportsItsCheckerDiagnostics() throws IOException {
        assumeTrue(
                Files.isDirectory(CASES),
                "conformance cases not found at " + CASES.toAbsolutePath());
        List<Path> cases;
        try (Stream<Path> folders = Files.list(CASES)) {
            cases = folders.filter(f -> Files.exists(f.resolve("policy.policy"))).sorted().toList();
        }
        assertTrue(cases.size() > 0);
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private static void check(Path folder) throws IOException {
        Set<String> ignored = new TreeSet<>(ANALYSIS);
        List<String[]> expected = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("diagnostics.txt"))) {
            String[] words = line.trim().split("\\s+");
            if (words[0].equals("ignore")) {
                ignored.addAll(List.of(words).subList(1, words.length));
            } else if (!words[0].isEmpty()) {
                expected.add(words);
            }
        }
        Compilation compilation =
                new Compiler(Schemas.aftersale(), new CompilerOptions(null, false))
                        .compile(folder.resolve("policy.policy"));
        List<Diagnostic> actual =
                compilation.diagnostics().stream()
                        .filter(d -> !ignored.contains(d.code().name()))
                        .toList();
        Set<String> want = new TreeSet<>();
        expected.stream()
                .filter(w -> !ignored.contains(w[1]))
                .forEach(w -> want.add(w[0] + " " + w[1]));
        Set<String> got = new TreeSet<>();
        actual.forEach(d -> got.add(d.span().line() + " " + d.code()));
        assertEquals(want, got, () -> "diagnostics: " + actual);
        for (String[] words : expected) {
            if (words.length > 2 && !ignored.contains(words[1])) {
                assertTrue(
                        actual.stream()
                                .anyMatch(
                                        d ->
                                                (d.span().line() + "").equals(words[0])
                                                        && d.code().name().equals(words[1])
                                                        && mentions(d, words[2])),
                        () ->
                                words[1]
                                        + " at line "
                                        + words[0]
                                        + " should mention "
                                        + words[2]
                                        + ": "
                                        + actual);
            }
        }
    }

    private static boolean mentions(Diagnostic d, String word) {
        return d.message().contains(word) || (d.help() != null && d.help().contains(word));
    }
}
