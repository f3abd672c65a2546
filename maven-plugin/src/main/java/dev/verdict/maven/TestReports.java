package dev.verdict.maven;

import dev.verdict.coverage.CoberturaXml;
import dev.verdict.coverage.Coverage;
import dev.verdict.coverage.PolicyCoverage;
import dev.verdict.diag.render.HumanRenderer;
import dev.verdict.ir.TestCase;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Release;
import dev.verdict.report.JUnitXml;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The reports of the {@code test} goal, in its reports folder: {@code TEST-verdict.xml} (JUnit
 * XML, as {@code verdict test --format junit} prints it; CI servers pick up {@code TEST-*.xml})
 * and {@code coverage.xml} (Cobertura, as {@code verdict test --coverage-xml} writes it).
 */
final class TestReports {

    static final String JUNIT = "TEST-verdict.xml";
    static final String COBERTURA = "coverage.xml";

    private TestReports() {
    }

    /** The suites of the compilations with errors, each holding its diagnostics. */
    static List<JUnitXml.Suite> broken(List<Compilation> compilations) {
        List<JUnitXml.Suite> suites = new ArrayList<>();
        for (Compilation compilation : compilations) {
            if (compilation.hasErrors()) {
                suites.add(JUnitXml.Suite.broken(compilation.ast().path(),
                        HumanRenderer.errorText(compilation.diagnostics(),
                                compilation.sources())));
            }
        }
        return suites;
    }

    /** What the tests of a compiled policy cover. */
    static PolicyCoverage coverage(Compilation compilation) {
        Coverage coverage = Coverage.of(compilation.policy(), compilation.sources());
        for (TestCase test : compilation.policy().tests()) {
            coverage.record(test.request(), test.name());
        }
        return coverage.result();
    }

    static void write(File directory, List<JUnitXml.Suite> suites, List<PolicyCoverage> coverage)
            throws MojoExecutionException {
        Path folder = directory.toPath();
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(JUNIT), JUnitXml.render(suites));
            if (!coverage.isEmpty()) {
                Files.writeString(folder.resolve(COBERTURA), CoberturaXml.render(coverage,
                        Release.version(), System.currentTimeMillis() / 1000));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the Verdict test reports to "
                    + folder + ": " + e.getMessage(), e);
        }
    }

    /** {@code Coverage of FILE: rules 80.0%, conditions 73.3%}. */
    static String summary(PolicyCoverage policy) {
        return "Coverage of " + policy.file() + ": rules " + percent(policy.rulePercent())
                + " (" + policy.rulesDecided() + "/" + policy.ruleCount() + "), conditions "
                + percent(policy.conditionPercent()) + " (" + policy.outcomesSeen() + "/"
                + policy.outcomeCount() + ")";
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }
}
