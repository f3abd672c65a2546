package dev.verdict.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.engine.Engine;
import dev.verdict.engine.Engines;
import dev.verdict.interp.TestReport;
import dev.verdict.interp.TestRunner;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Black Friday example: a sale period between two dates through the request's
 * {@code decided_at}; it checks clean and its tests pass, interpreted and compiled.
 */
class BlackFridayExampleTest {

    private static final Path POLICY = Path.of("..", "examples", "service", "src", "main",
            "verdict", "black_friday.policy");

    @Test
    void checksCleanAndItsTestsPassInterpretedAndCompiled() throws IOException {
        Compilation compilation = new Compiler(Schema.aftersale(), new CompilerOptions(null, true))
                .compile(POLICY);
        assertEquals("[]", compilation.diagnostics().toString());
        CheckedPolicy policy = compilation.policy();
        assertNotNull(policy);
        assertEquals(8, policy.tests().size());
        for (Engine engine : Engine.values()) {
            TestReport report = new TestRunner(Engines.create(policy, engine)).run(policy.tests());
            assertTrue(report.allPassed(), engine + ": " + report.results());
        }
    }
}
