package dev.verdict.maven;

import com.palantir.javapoet.JavaFile;
import dev.verdict.codegen.JavaGenerator;
import dev.verdict.codegen.JavaNames;
import dev.verdict.pipeline.Compilation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks every policy, fails the build on errors (each logged as
 * {@code file:[line,col] error[CODE]: message}), and writes the Java sources of the policies:
 * the schema's request class and one evaluator per policy, which the project compiles (it needs
 * the {@code verdict-runtime} dependency). Runs on every build: the output is byte-identical for
 * the same policies, and only files whose content changed are written.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends PolicyMojo {

    /** The Java package of the generated classes. */
    @Parameter(property = "verdict.packageName", defaultValue = JavaGenerator.DEFAULT_PACKAGE,
            required = true)
    private String packageName;

    /** Where the generated sources go; added to the project's compile source roots. */
    @Parameter(property = "verdict.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/verdict",
            required = true)
    private File outputDirectory;

    /** Fail the build on warnings too, as {@code verdict check --werror} does. */
    @Parameter(property = "verdict.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Skip checking and generating. */
    @Parameter(property = "verdict.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Verdict generation");
            return;
        }
        if (!JavaNames.isPackageName(packageName)) {
            throw new MojoFailureException("packageName `" + packageName
                    + "` is not a valid Java package name");
        }
        List<Path> files = policyFiles();
        if (files.isEmpty()) {
            return;
        }
        GeneratedSources.Changes changes =
                LargeStack.run("verdict-generate", () -> generate(files));
        project().addCompileSourceRoot(outputDirectory.getAbsolutePath());
        String policies = files.size() == 1 ? " policy" : " policies";
        getLog().info("Verdict: checked " + files.size() + policies + "; " + changes.summary()
                + " in " + outputDirectory);
    }

    private GeneratedSources.Changes generate(List<Path> files)
            throws MojoExecutionException, MojoFailureException {
        MavenMessages messages = messages();
        List<Compilation> compilations = compile(files, true);
        DiagnosticLog log = new DiagnosticLog(getLog(), messages);
        log.report(compilations);
        if (log.errors() > 0) {
            throw new MojoFailureException("Verdict policies have " + log.counts()
                    + " (see the log above)");
        }
        if (failOnWarning && log.warnings() > 0) {
            throw new MojoFailureException("Verdict policies have " + log.counts()
                    + ", and failOnWarning is set");
        }
        List<JavaFile> sources = EvaluatorClasses.generate(compilations, packageName, messages);
        try {
            return GeneratedSources.update(outputDirectory.toPath(), sources);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the generated sources to "
                    + outputDirectory + ": " + e.getMessage(), e);
        }
    }
}
