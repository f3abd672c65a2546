package dev.verdict.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.request.RequestFormat;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.InvalidRequestException;
import dev.verdict.source.Schemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles each conformance case and decides its {@code requests.jsonl} with the interpreter,
 * reading each request as {@code verdict eval} does (JSON text, then the policy's request
 * format): every key of {@code expect} must equal the decision's, and {@code "error": true}
 * expects the request to be refused. A case's {@code tests.txt} is the test runner's summary.
 */
class ConformanceDecisionsTest {

    private static final Path CASES = Path.of("../../shared/conformance/cases");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyCaseDecidesItsRequests() throws IOException {
        return cases("requests.jsonl").stream().map(c ->
                DynamicTest.dynamicTest(c.getFileName().toString(), () -> decideRequests(c)));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseSumsUpItsTests() throws IOException {
        return cases("tests.txt").stream().map(c ->
                DynamicTest.dynamicTest(c.getFileName().toString(), () -> runTests(c)));
    }

    private static List<Path> cases(String withFile) throws IOException {
        assumeTrue(Files.isDirectory(CASES),
                "conformance cases not found at " + CASES.toAbsolutePath());
        try (Stream<Path> folders = Files.list(CASES)) {
            List<Path> cases =
                    folders.filter(f -> Files.exists(f.resolve(withFile))).sorted().toList();
            assertFalse(cases.isEmpty());
            return cases;
        }
    }

    private static CheckedPolicy compile(Path folder) throws IOException {
        Compilation compilation = new Compiler(Schemas.aftersale(), new CompilerOptions(null, true))
                .compile(folder.resolve("policy.policy"));
        assertNotNull(compilation.policy(), () -> "errors: " + compilation.diagnostics());
        return compilation.policy();
    }

    private static void decideRequests(Path folder) throws IOException {
        CheckedPolicy policy = compile(folder);
        Interpreter interpreter = new Interpreter(policy);
        RequestFormat format = RequestFormat.of(policy);
        List<String> lines = Files.readAllLines(folder.resolve("requests.jsonl"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode line = JSON.readTree(lines.get(i));
            String request = JSON.writeValueAsString(line.get("request"));
            JsonNode expect = line.get("expect");
            String where = "line " + (i + 1) + " " + request;
            if (expect.path("error").asBoolean(false)) {
                assertThrows(InvalidRequestException.class,
                        () -> format.reader().read(request), where);
                continue;
            }
            Decision decision = interpreter.decide(format.reader().read(request));
            JsonNode actual = JSON.readTree(decision.toJson());
            for (Iterator<String> keys = expect.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                assertEquals(expect.get(key), actual.get(key), () -> where + ": `" + key + "` of "
                        + decision.toJson());
            }
        }
    }

    private static void runTests(Path folder) throws IOException {
        CheckedPolicy policy = compile(folder);
        TestReport report = new TestRunner(new Interpreter(policy)).run(policy.tests());
        List<String> expected = new ArrayList<>(Files.readAllLines(folder.resolve("tests.txt")));
        expected.removeIf(String::isBlank);
        assertEquals(expected.get(expected.size() - 1), report.summary(), () -> report.results()
                .stream().filter(r -> !r.passed()).map(TestResult::failure).toList().toString());
    }
}
