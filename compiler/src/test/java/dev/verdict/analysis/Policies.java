package dev.verdict.analysis;

import dev.verdict.diag.Diagnostic;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.source.Schemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Compiles policy text (with profiles written next to it) for analysis tests. */
final class Policies {

    private static final Map<Map<String, String>, Path> DIRECTORIES = new ConcurrentHashMap<>();

    private Policies() {
    }

    /** Checks {@code text} without analysing it; fails on errors. */
    static Compilation checked(String text, Map<String, String> profiles) {
        Compilation compilation = compile(text, profiles, false);
        if (compilation.policy() == null) {
            throw new AssertionError("policy has errors: " + compilation.diagnostics());
        }
        return compilation;
    }

    static Compilation checked(String text) {
        return checked(text, Map.of());
    }

    /** {@code "LINE CODE"} for every analysis finding of {@code text}, sorted by position. */
    static List<String> findings(String text, Map<String, String> profiles) {
        return Analyzer.analyse(checked(text, profiles).policy()).stream()
                .map(d -> d.span().line() + " " + d.code()).toList();
    }

    static List<String> findings(String text) {
        return findings(text, Map.of());
    }

    /** The single finding of {@code text} at {@code line}. */
    static Diagnostic at(int line, String text, Map<String, String> profiles) {
        List<Diagnostic> found = Analyzer.analyse(checked(text, profiles).policy()).stream()
                .filter(d -> d.span().line() == line).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one finding at line " + line + ": " + found);
        }
        return found.get(0);
    }

    /** Every analysis finding of {@code text}, sorted by position. */
    static List<Diagnostic> findingsOf(String text) {
        return Analyzer.analyse(checked(text, Map.of()).policy());
    }

    static Diagnostic at(int line, String text) {
        return at(line, text, Map.of());
    }

    /** Checks {@code text} without analysing it; the policy is null when it has errors. */
    static Compilation compile(String text, Map<String, String> profiles) {
        return compile(text, profiles, false);
    }

    private static Compilation compile(String text, Map<String, String> profiles, boolean analyse) {
        try {
            Path dir = DIRECTORIES.computeIfAbsent(profiles, Policies::directoryWith);
            return new Compiler(Schemas.aftersale(), new CompilerOptions(null, analyse))
                    .compile("policy.policy", text, dir);
        } catch (UncheckedIOException e) {
            throw new AssertionError(e);
        }
    }

    /** A temporary directory holding {@code profiles}, removed when the tests end. */
    private static Path directoryWith(Map<String, String> profiles) {
        try {
            Path dir = Files.createTempDirectory("verdict-analysis");
            dir.toFile().deleteOnExit();
            for (Map.Entry<String, String> profile : profiles.entrySet()) {
                Path file = Files.writeString(dir.resolve(profile.getKey()), profile.getValue());
                file.toFile().deleteOnExit();
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
