package dev.verdict.maven;

import dev.verdict.engine.Engine;
import dev.verdict.interp.TestReport;
import dev.verdict.interp.TestResult;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.pipeline.Compilation;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs the {@code test} blocks of every policy, logs each failure as
 * {@code file:[line,col] test "name" failed: why}, then {@code Tests: N passed, M failed}, and
 * fails the build when a test failed or a policy has errors (the analysis's E0301 and E0303
 * included, as {@code verdict test} refuses them). Skipped by {@code -DskipTests},
 * {@code -Dmaven.test.skip} and {@code -Dverdict.test.skip}.
 */
@Mojo(name = "test", defaultPhase = LifecyclePhase.TEST, threadSafe = true)
public final class TestMojo extends PolicyMojo {

    /**
     * Which engine decides the tests' requests: {@code compiled}, the evaluators the build
     * generates, compiled in memory in one javac run (on a Java runtime without a compiler the
     * interpreter runs instead, with a warning), or {@code interpreted}, the reference
     * interpreter, a second or so faster. The default, as for {@code verdict test}.
     */
    @Parameter(property = "verdict.engine", defaultValue = "compiled", required = true)
    private String engine;

    /** Skip the policies' tests. */
    @Parameter(property = "verdict.test.skip", defaultValue = "false")
    private boolean skip;

    /** Maven's switch for skipping tests, honoured here too. */
    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    /** Maven's switch for skipping tests (and their compilation), honoured here too. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean mavenTestSkip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipTests || mavenTestSkip) {
            getLog().info("Tests are skipped.");
            return;
        }
        Engine chosen = engine();
        List<Path> files = policyFiles();
        if (files.isEmpty()) {
            return;
        }
        LargeStack.run("verdict-test", () -> {
            test(files, chosen);
            return null;
        });
    }

    private Engine engine() throws MojoFailureException {
        try {
            return Engine.named(engine);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("engine: " + e.getMessage());
        }
    }

    private void test(List<Path> files, Engine chosen)
            throws MojoExecutionException, MojoFailureException {
        MavenMessages messages = messages();
        List<Compilation> compilations = compile(files, true);
        DiagnosticLog diagnostics = new DiagnosticLog(getLog(), messages);
        diagnostics.reportErrors(compilations);
        if (diagnostics.errors() > 0) {
            throw new MojoFailureException("Verdict policies have " + diagnostics.counts()
                    + ": their tests cannot run (see the log above)");
        }
        List<CheckedPolicy> policies = compilations.stream().map(Compilation::policy)
                .filter(policy -> !policy.tests().isEmpty()).toList();
        List<TestReport> reports = new PolicyTests(chosen, getLog()).run(policies);
        int passed = 0;
        int failed = 0;
        for (int i = 0; i < reports.size(); i++) {
            TestReport report = reports.get(i);
            for (TestResult result : report.results()) {
                if (!result.passed()) {
                    getLog().error(messages.testFailure(result));
                }
            }
            getLog().info(policies.get(i).file() + ": " + report.summary());
            passed += report.passed();
            failed += report.failed();
        }
        getLog().info("Tests: " + passed + " passed, " + failed + " failed");
        if (failed > 0) {
            throw new MojoFailureException("There are Verdict test failures: " + failed + " of "
                    + (passed + failed) + " failed (see the log above)");
        }
    }
}
