package dev.verdict.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.diag.Diagnostic;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.source.Schemas;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@code src/test/resources/check/*.policy} carries its expected diagnostics as comments on
 * the lines they point at: {@code # expect: E0201 "did you mean `reason`"} (the quoted text must
 * appear in the message or help; several {@code expect:}s may share a line). Profiles the policy
 * names carry theirs the same way. The diagnostics must be exactly those expected.
 */
class InlineExpectationsTest {

    private static final Pattern EXPECT =
            Pattern.compile("expect: ([EWI][0-9]{4})(?: \"((?:[^\"\\\\]|\\\\.)*)\")?");

    static Stream<String> policies() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(folder())) {
            List<String> names =
                    files.map(f -> f.getFileName().toString())
                            .filter(n -> n.endsWith(".policy"))
                            .sorted()
                            .toList();
            return names.stream();
        }
    }

    private static Path folder() throws URISyntaxException {
        return Path.of(InlineExpectationsTest.class.getResource("/check").toURI());
    }

    @ParameterizedTest
    @MethodSource("policies")
    void diagnosticsAreExactlyThoseExpected(String name) throws Exception {
        Path policy = folder().resolve(name);
        Compilation compilation =
                new Compiler(Schemas.aftersale(), new CompilerOptions(null, false))
                        .compile(name, Files.readString(policy), policy.getParent());
        List<Expectation> expected = new ArrayList<>();
        for (Map.Entry<String, String> source : compilation.sources().entrySet()) {
            if (!source.getKey().startsWith("bundled:")) {
                expected.addAll(expectations(source.getKey(), source.getValue()));
            }
        }
        List<Diagnostic> unexpected = new ArrayList<>(compilation.diagnostics());
        List<Expectation> missing = new ArrayList<>();
        for (Expectation expectation : expected) {
            Diagnostic match =
                    unexpected.stream().filter(expectation::matches).findFirst().orElse(null);
            if (match == null) {
                missing.add(expectation);
            } else {
                unexpected.remove(match);
            }
        }
        assertEquals("", describe(missing, unexpected));
        if (expected.stream().anyMatch(e -> e.code().startsWith("E"))) {
            assertEquals(null, compilation.policy(), "a policy with errors has no checked form");
        } else {
            assertTrue(compilation.policy() != null, "a policy without errors is checked");
        }
    }

    private static String describe(List<Expectation> missing, List<Diagnostic> unexpected) {
        StringBuilder text = new StringBuilder();
        missing.forEach(e -> text.append("missing: ").append(e).append('\n'));
        unexpected.forEach(
                d ->
                        text.append("unexpected: ")
                                .append(d.file())
                                .append(':')
                                .append(d.span().line())
                                .append(' ')
                                .append(d.code())
                                .append(' ')
                                .append(d.message())
                                .append(" | help: ")
                                .append(d.help())
                                .append('\n'));
        return text.toString();
    }

    private static List<Expectation> expectations(String file, String text) {
        List<Expectation> expectations = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int hash = lines[i].indexOf("# expect:");
            if (hash < 0) {
                continue;
            }
            Matcher m = EXPECT.matcher(lines[i].substring(hash));
            while (m.find()) {
                String quoted = m.group(2) == null ? null : m.group(2).replace("\\\"", "\"");
                expectations.add(new Expectation(file, i + 1, m.group(1), quoted));
            }
        }
        return expectations;
    }

    private record Expectation(String file, int line, String code, String text) {
        boolean matches(Diagnostic d) {
            return d.file().equals(file)
                    && d.span().line() == line
                    && d.code().name().equals(code)
                    && (text == null
                            || d.message().contains(text)
                            || (d.help() != null && d.help().contains(text)));
        }

        @Override
        public String toString() {
            return file + ":" + line + " " + code + (text == null ? "" : " \"" + text + "\"");
        }
    }
}
