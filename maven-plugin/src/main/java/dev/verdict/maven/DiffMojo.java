package dev.verdict.maven;

import dev.verdict.analysis.AnalysisOptions;
import dev.verdict.analysis.Change;
import dev.verdict.analysis.PolicyDiff;
import dev.verdict.diff.DiffReport;
import dev.verdict.diff.DiffText;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.pipeline.Compilation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares each policy with its version in a baseline folder, exactly, as {@code verdict diff}
 * does: the policy at the same path below {@code baseline} as below the source directory. Logs
 * each policy's changes (or that it decides as before), writes them as text, JSON and Markdown
 * to {@code target/verdict-reports/} ({@link DiffReports}), and fails the build when a policy
 * or its baseline has errors, or, with {@code failOnChange}, when a policy decides differently.
 * A policy without a baseline, or a baseline without a policy, is logged and not compared.
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class DiffMojo extends PolicyMojo {

    /**
     * The folder of the policies before the change, laid out as the source directory (a
     * checkout of the main branch's {@code src/main/verdict}, say); relative to the project.
     */
    @Parameter(property = "verdict.baseline", required = true)
    private File baseline;

    /** Where {@code verdict-diff.txt}, {@code .json} and {@code .md} are written. */
    @Parameter(property = "verdict.reportsDirectory",
            defaultValue = "${project.build.directory}/verdict-reports", required = true)
    private File reportsDirectory;

    /** Fail the build when some policy decides some request differently from its baseline. */
    @Parameter(property = "verdict.diff.failOnChange", defaultValue = "false")
    private boolean failOnChange;

    /** Skip the goal. */
    @Parameter(property = "verdict.diff.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Verdict diff is skipped.");
            return;
        }
        Path before = baselineFolder();
        List<Path> files = policyFiles();
        List<DiffReport> reports = LargeStack.run("verdict-diff", () -> compare(before, files));
        try {
            DiffReports.write(reportsDirectory, reports);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the Verdict diff reports to "
                    + reportsDirectory + ": " + e.getMessage(), e);
        }
        long changed = reports.stream().filter(r -> !r.equivalent()).count();
        getLog().info("Verdict diff: " + reports.size() + " compared, " + changed
                + " with changes; reports in " + reportsDirectory);
        if (failOnChange && changed > 0) {
            throw new MojoFailureException("Verdict policies decide differently from the "
                    + "baseline: " + changed + " of " + reports.size() + " changed (see the log "
                    + "above), and failOnChange is set");
        }
    }

    private Path baselineFolder() throws MojoExecutionException {
        Path folder = basedir().resolve(baseline.toPath()).normalize();
        if (!folder.toFile().isDirectory()) {
            throw new MojoExecutionException("the Verdict baseline " + folder
                    + " is not a folder");
        }
        return folder;
    }

    private List<DiffReport> compare(Path before, List<Path> files)
            throws MojoExecutionException, MojoFailureException {
        Path sources = sourceDirectory();
        List<Path> olds = new ArrayList<>();
        List<Path> news = new ArrayList<>();
        for (Path file : files) {
            Path old = before.resolve(sources.relativize(file).toString());
            if (old.toFile().isFile()) {
                olds.add(old);
                news.add(file);
            } else {
                getLog().info(displayPath(file) + ": new, no baseline to compare with");
            }
        }
        try {
            for (Path old : PolicyFiles.under(before)) {
                if (!sources.resolve(before.relativize(old).toString()).toFile().isFile()) {
                    getLog().info(displayPath(old) + ": removed, not compared");
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot list the policies in " + before + ": "
                    + e.getMessage(), e);
        }
        List<CheckedPolicy> oldPolicies = checked(compile(olds, true));
        List<CheckedPolicy> newPolicies = checked(compile(news, true));
        List<DiffReport> reports = new ArrayList<>();
        for (int i = 0; i < olds.size(); i++) {
            reports.add(report(oldPolicies.get(i), newPolicies.get(i)));
        }
        return reports;
    }

    /** The policies, after failing the build (with their errors logged) if one has errors. */
    private List<CheckedPolicy> checked(List<Compilation> compilations)
            throws MojoFailureException {
        DiagnosticLog diagnostics = new DiagnosticLog(getLog(), messages());
        diagnostics.reportErrors(compilations);
        if (diagnostics.errors() > 0) {
            throw new MojoFailureException("Verdict policies have " + diagnostics.counts()
                    + ": they cannot be compared (see the log above)");
        }
        return compilations.stream().map(Compilation::policy).toList();
    }

    private DiffReport report(CheckedPolicy old, CheckedPolicy now) throws MojoFailureException {
        List<Change> changes;
        try {
            changes = PolicyDiff.between(old, now, AnalysisOptions.DEFAULT);
        } catch (PolicyDiff.Incomplete | IllegalArgumentException e) {
            throw new MojoFailureException("cannot compare " + old.file() + " with "
                    + now.file() + ": " + e.getMessage(), e);
        }
        DiffReport report = new DiffReport(old.file(), now.file(), changes, now.currency(),
                now.currencyDecimals());
        if (report.equivalent()) {
            getLog().info(now.file() + ": decides as " + old.file() + " does");
        } else {
            DiffText.render(report).lines().forEach(getLog()::info);
        }
        return report;
    }

    private String displayPath(Path file) {
        return ProjectPolicies.relative(basedir(), file);
    }
}
