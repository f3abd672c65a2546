package dev.verdict.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.codegen.JavaGenerator;
import dev.verdict.diag.Diagnostic;
import dev.verdict.engine.InMemoryCompiler;
import dev.verdict.format.FormatResult;
import dev.verdict.format.Formatter;
import dev.verdict.source.Schemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Fuzzing the whole pipeline: random mutations of the valid policies of {@code examples/},
 * {@code docs/examples/} and the test resources (deletions, inserted tokens, flipped bytes,
 * duplicated ranges, splices of two policies), and random bytes, go through {@code check}
 * (parse, check, analyse), {@code fmt} and {@code compile}, then javac on the generated code.
 * Each ends with diagnostics or success, never an exception, within a generous bound per input
 * (a guard against hangs, not a speed claim). The nightly profile runs many more tries.
 */
class FuzzTest {

    private static final Duration PER_INPUT = Duration.ofSeconds(60);
    private static final List<Seed> SEEDS = seeds();
    private static final List<String> TOKENS = List.of("when", "then", "and", "or", "not",
            "(", ")", "[", "]", ",", "=", "<", ">=", "in", "between", "is", "present", "absent",
            "otherwise", "rule", "test", "given", "expect", "let", "set", "where", "platform",
            "schema", "policy", "currency", "amount", "reason", "request", "size", "cancel",
            "approve_refund", "manual_review", "80", "0.01", "7d", "30%", "USD", "\"x\"", "\"",
            "#", "\n", "\r", "\t", "\u202E", "е", "😀", "\u0000", "99999999999999999999",
            "((((((((((", "tiktok_us", "\"../x.platform\"", "\"/etc/passwd\"");

    /** A policy to mutate, and the folder its quoted paths are read from. */
    record Seed(String name, String text, Path folder) {
    }

    enum Kind { DELETE, INSERT, FLIP, DUPLICATE, SPLICE }

    /** One mutation: where ({@code at}, {@code other}: fractions of the length) and how much. */
    record Edit(Kind kind, double at, double other, int length, String token, Seed donor) {

        String apply(String text) {
            int i = (int) (at * text.length());
            int end = Math.min(text.length(), i + length);
            return switch (kind) {
                case DELETE -> text.substring(0, i) + text.substring(end);
                case INSERT -> text.substring(0, i) + " " + token + " " + text.substring(i);
                case FLIP -> flip(text);
                case DUPLICATE -> text.substring(0, end) + text.substring(i);
                case SPLICE -> text.substring(0, i)
                        + donor.text().substring((int) (other * donor.text().length()));
            };
        }

        private String flip(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0) {
                bytes[(int) (at * bytes.length)] ^= (byte) (1 << (length % 8));
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static List<Seed> seeds() {
        try (Stream<Path> examples = Files.walk(Path.of("..", "examples"));
             Stream<Path> docs = Files.walk(Path.of("..", "docs", "examples"));
             Stream<Path> resources = Files.walk(Path.of("src", "test", "resources"))) {
            return Stream.of(examples, docs, resources).flatMap(s -> s)
                    .filter(p -> p.toString().endsWith(".policy")).sorted()
                    .map(FuzzTest::seed).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Seed seed(Path file) {
        try {
            return new Seed(file.getFileName().toString(), Files.readString(file),
                    file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<Seed> mutants() {
        Arbitrary<Seed> seed = Arbitraries.of(SEEDS);
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of(Kind.values()),
                Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 200), Arbitraries.of(TOKENS), seed)
                .as((kind, at, other, length, token, donor) ->
                        new Edit(kind, Math.min(at, 0.999), other, length, token, donor));
        return Combinators.combine(seed, edit.list().ofMinSize(1).ofMaxSize(4))
                .as((s, edits) -> {
                    String text = s.text();
                    for (Edit e : edits) {
                        text = e.apply(text);
                    }
                    return new Seed(s.name(), text, s.folder());
                });
    }

    @Provide
    Arbitrary<Seed> byteStrings() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000)
                .map(bytes -> new Seed("bytes.policy", new String(bytes, StandardCharsets.UTF_8),
                        SEEDS.get(0).folder()));
    }

    @Property(tries = 120)
    void mutatedPoliciesEndInDiagnosticsOrCode(@ForAll("mutants") Seed input) {
        handled(input);
    }

    @Property(tries = 40)
    void randomBytesEndInDiagnostics(@ForAll("byteStrings") Seed input) {
        handled(input);
    }

    @Tag("nightly")
    @Property(tries = 20_000)
    void manyMoreMutations(@ForAll("mutants") Seed input) {
        handled(input);
    }

    @Tag("nightly")
    @Property(tries = 5_000)
    void manyMoreRandomBytes(@ForAll("byteStrings") Seed input) {
        handled(input);
    }

    @Example
    void theSeedsAreThere() {
        assertTrue(SEEDS.size() >= 30, "seeds: " + SEEDS.size());
    }

    static void handled(Seed input) {
        assertTimeoutPreemptively(PER_INPUT, () -> {
            Compilation compilation = new Compiler(Schemas.aftersale(),
                    new CompilerOptions(null, true)).compile(input.name(), input.text(),
                    input.folder());
            boolean errors = compilation.diagnostics().stream().anyMatch(Diagnostic::isError);
            assertEquals(errors, compilation.policy() == null);
            FormatResult formatted = Formatter.format(input.name(), input.text());
            assertEquals(formatted.text() == null,
                    formatted.diagnostics().stream().anyMatch(Diagnostic::isError));
            if (compilation.policy() != null) {
                InMemoryCompiler.compile(new JavaGenerator()
                        .generate(compilation.policy(), "fuzz", "Fuzzed"));
            }
        }, () -> "input:\n" + input.text());
    }
}
