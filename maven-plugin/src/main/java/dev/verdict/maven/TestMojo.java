package dev.verdict.maven;

import dev.verdict.coverage.PolicyCoverage;
import dev.verdict.engine.Engine;
import dev.verdict.interp.TestReport;
import dev.verdict.interp.TestResult;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.pipeline.Compilation;
import dev.verdict.report.JUnitXml;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * included, as {@code verdict test} refuses them), or when the tests' coverage is under a
 * threshold. Writes JUnit XML and Cobertura coverage to {@code target/verdict-reports/}. Runs
 * in {@code process-test-classes}, before Surefire's {@code test}, so a broken policy fails
 * the build first, with its own message. Skipped by {@code -DskipTests},
 * {@code -Dmaven.test.skip} and {@code -Dverdict.test.skip}.
 */
@Mojo(name = "test", defaultPhase = LifecyclePhase.PROCESS_TEST_CLASSES, threadSafe = true)
public final class TestMojo extends PolicyMojo {

    /**
     * Which engine decides the tests' requests: {@code compiled}, the evaluators the build
     * generates, compiled in memory in one javac run (on a Java runtime without a compiler the
     * interpreter runs instead, with a warning), or {@code interpreted}, the reference
     * interpreter, a second or so faster. The default, as for {@code verdict test}.
     */
    @Parameter(property = "verdict.engine", defaultValue = "compiled", required = true)
    private String engine;

    /** Where the JUnit XML ({@code TEST-verdict.xml}) and coverage are written. */
    @Parameter(property = "verdict.reportsDirectory",
            defaultValue = "${project.build.directory}/verdict-reports", required = true)
    private File reportsDirectory;

    /** The build fails when fewer rules than this percentage decided a test (0: never). */
    @Parameter(property = "verdict.minRuleCoverage", defaultValue = "0")
    private double minRuleCoverage;

    /** The build fails when fewer condition outcomes than this percentage were seen. */
    @Parameter(property = "verdict.minConditionCoverage", defaultValue = "0")
    private double minConditionCoverage;

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
            TestReports.write(reportsDirectory, TestReports.broken(compilations), List.of());
            throw new MojoFailureException("Verdict policies have " + diagnostics.counts()
                    + ": their tests cannot run (see the log above)");
        }
        List<Compilation> tested = compilations.stream()
                .filter(c -> !c.policy().tests().isEmpty()).toList();
        List<CheckedPolicy> policies = tested.stream().map(Compilation::policy).toList();
        List<TestReport> reports = new PolicyTests(chosen, getLog()).run(policies);
        List<JUnitXml.Suite> suites = new ArrayList<>();
        List<PolicyCoverage> coverage = new ArrayList<>();
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
            suites.add(JUnitXml.Suite.ran(policies.get(i).file(), report));
            coverage.add(TestReports.coverage(tested.get(i)));
            passed += report.passed();
            failed += report.failed();
        }
        getLog().info("Tests: " + passed + " passed, " + failed + " failed");
        TestReports.write(reportsDirectory, suites, coverage);
        if (failed > 0) {
            throw new MojoFailureException("There are Verdict test failures: " + failed + " of "
                    + (passed + failed) + " failed (see the log above)");
        }
        checkCoverage(coverage);
    }

    private void checkCoverage(List<PolicyCoverage> coverage) throws MojoFailureException {
        List<String> under = new ArrayList<>();
        for (PolicyCoverage policy : coverage) {
            getLog().info(TestReports.summary(policy));
            if (policy.rulePercent() < minRuleCoverage) {
                under.add(policy.file() + ": rules " + TestReports.percent(policy.rulePercent())
                        + " < " + TestReports.percent(minRuleCoverage));
            }
            if (policy.conditionPercent() < minConditionCoverage) {
                under.add(policy.file() + ": conditions "
                        + TestReports.percent(policy.conditionPercent()) + " < "
                        + TestReports.percent(minConditionCoverage));
            }
        }
        if (!under.isEmpty()) {
            throw new MojoFailureException("Verdict test coverage is under the threshold: "
                    + String.join("; ", under));
        }
    }
}
