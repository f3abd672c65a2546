package dev.verdict.maven;

import dev.verdict.engine.Engine;
import dev.verdict.engine.Engines;
import dev.verdict.interp.TestReport;
import dev.verdict.interp.TestRunner;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.Evaluator;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * Runs the {@code test} blocks of checked policies with one engine. The compiled engine builds
 * every policy's evaluator in one javac run; on a Java runtime without a compiler it falls back
 * to the interpreter, saying so in one line.
 */
final class PolicyTests {

    private final Engine engine;
    private final Log log;

    PolicyTests(Engine engine, Log log) {
        this.engine = engine;
        this.log = log;
    }

    /** A report per policy, in order. */
    List<TestReport> run(List<CheckedPolicy> policies) {
        List<Evaluator> evaluators = Engines.evaluators(policies, engine,
                reason -> log.warn("Verdict: " + reason + "; the interpreter runs the tests"));
        List<TestReport> reports = new ArrayList<>();
        for (int i = 0; i < policies.size(); i++) {
            reports.add(new TestRunner(evaluators.get(i)).run(policies.get(i).tests()));
        }
        return reports;
    }
}
