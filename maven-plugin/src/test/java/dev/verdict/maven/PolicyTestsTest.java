package dev.verdict.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verdict.engine.Engine;
import dev.verdict.interp.TestReport;
import dev.verdict.interp.TestResult;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.pipeline.Compilation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyTestsTest {

    @TempDir
    Path project;

    @Test
    void bothEnginesPassAndFailTheSameTests() throws Exception {
        Path file = ProjectFolder.write(project, "c.policy", ProjectPoliciesTest.CLEAN + """

                test defaults: request = cancel, reason = changed_mind, amount = 20
                test "small": expect approve_cancel by small
                test "wrong": given amount = 80
                  expect approve_cancel
                """);
        List<CheckedPolicy> policies = new ProjectPolicies(project, null, List.of(), false)
                .compile(List.of(file)).stream().map(Compilation::policy).toList();
        for (Engine engine : Engine.values()) {
            RecordingLog log = new RecordingLog();
            List<TestReport> reports = new PolicyTests(engine, log).run(policies);
            assertEquals(1, reports.size());
            assertEquals("1 passed, 1 failed", reports.get(0).summary(), engine.word());
            assertEquals(List.of("expected `approve_cancel`, got `manual_review` from `otherwise`"),
                    reports.get(0).results().stream().filter(r -> !r.passed())
                            .map(TestResult::failure).toList(), engine.word());
            assertEquals(List.of(), log.lines);
        }
    }
}
