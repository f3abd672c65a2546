package dev.verdict.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verdict.engine.Engines;
import dev.verdict.interp.Interpreter;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.InvalidRequestException;
import dev.verdict.runtime.PolicyEvaluator;
import dev.verdict.source.Schemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The conformance cases decided by the compiled engine, through the generated map entry point:
 * every expectation of each {@code requests.jsonl} holds, refused requests are refused, and each
 * decision is the interpreter's.
 */
class CompiledConformanceTest {

    private static final Path CASES = Path.of("../../shared/conformance/cases");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper MAPS =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void everyCaseDecidesItsRequestsWhenCompiled() throws IOException {
        assumeTrue(Files.isDirectory(CASES), "conformance cases not found at "
                + CASES.toAbsolutePath());
        List<Path> cases;
        try (Stream<Path> folders = Files.list(CASES)) {
            cases = folders.filter(f
                    -> Files.exists(f.resolve("requests.jsonl"))).sorted().toList();
        }
        assertFalse(cases.isEmpty());
        List<CheckedPolicy> policies = new ArrayList<>();
        for (Path folder : cases) {
            Compilation compilation = new Compiler(Schemas.aftersale(), new CompilerOptions(null,
                    true))
                    .compile(folder.resolve("policy.policy"));
            assertNotNull(compilation.policy(), () -> folder + ": " + compilation.diagnostics());
            policies.add(compilation.policy());
        }
        List<PolicyEvaluator> compiled = Engines.compile(policies);
        for (int c = 0; c < cases.size(); c++) {
            decideRequests(cases.get(c), compiled.get(c), new Interpreter(policies.get(c)));
        }
    }

    private static void decideRequests(Path folder, PolicyEvaluator compiled,
            Interpreter interpreter)
            throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("requests.jsonl"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode line = JSON.readTree(lines.get(i));
            String text = JSON.writeValueAsString(line.get("request"));
            @SuppressWarnings("unchecked")
            Map<String, Object> request = MAPS.readValue(text, Map.class);
            JsonNode expect = line.get("expect");
            String where = folder.getFileName() + " line " + (i + 1) + " " + request;
            if (expect.path("error").asBoolean(false)) {
                String fromMap = assertThrows(InvalidRequestException.class,
                        () -> compiled.decide(request), where).getMessage();
                String fromJson = assertThrows(InvalidRequestException.class,
                        () -> compiled.requestReader().read(text), where).getMessage();
                assertEquals(fromMap, fromJson, where + ": a map and its JSON refused alike");
                continue;
            }
            assertEquals(compiled.requestReader().read(request),
                    compiled.requestReader().read(text), where + ": a map and its JSON read alike");
            Decision decision = compiled.decide(request);
            assertEquals(interpreter.decide(compiled.requestReader().read(request)), decision,
                    where);
            JsonNode actual = JSON.readTree(decision.toJson());
            for (Iterator<String> keys = expect.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                assertEquals(expect.get(key), actual.get(key), () -> where + ": `" + key + "` of "
                        + decision.toJson());
            }
        }
    }
}
