package dev.verdict.maven;

import dev.verdict.pipeline.Compilation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals share: where the policies are, the profile of policies that name none, and
 * reading and compiling them.
 */
abstract class PolicyMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The folder searched, with its subfolders, for {@code *.policy} files. */
    @Parameter(property = "verdict.sourceDirectory",
            defaultValue = "${project.basedir}/src/main/verdict", required = true)
    private File sourceDirectory;

    /**
     * The platform profile of policies that name none, as {@code verdict --platform} takes it:
     * a bundled profile's name ({@code tiktok_us}) or the path of a {@code .platform} file,
     * relative to the project's folder.
     */
    @Parameter(property = "verdict.platform")
    private String platform;

    /**
     * Folders, besides the project's, that policies may read profiles and schemas from
     * ({@code platform "..."}, {@code schema "..."}). By default a path that leads out of the
     * project's folder is an error (E0212).
     */
    @Parameter
    private List<File> allowedPaths = new ArrayList<>();

    MavenProject project() {
        return project;
    }

    Path basedir() {
        return project.getBasedir().toPath();
    }

    /** The folder searched for policies. */
    Path sourceDirectory() {
        return sourceDirectory.toPath();
    }

    MavenMessages messages() {
        return new MavenMessages(basedir());
    }

    /** The policy files, sorted; none (after saying so) when there are none. */
    List<Path> policyFiles() throws MojoExecutionException {
        try {
            List<Path> files = PolicyFiles.under(sourceDirectory.toPath());
            if (files.isEmpty()) {
                getLog().info("No Verdict policies in " + sourceDirectory);
            }
            return files;
        } catch (IOException e) {
            throw new MojoExecutionException("cannot list the policies in " + sourceDirectory
                    + ": " + e.getMessage(), e);
        }
    }

    /** Compiles the files; {@code analyse} adds the analyses' warnings to the checks. */
    List<Compilation> compile(List<Path> files, boolean analyse) throws MojoFailureException {
        try {
            List<Path> allowed = allowedPaths.stream().map(File::toPath).toList();
            return new ProjectPolicies(basedir(), platform, allowed, analyse).compile(files);
        } catch (IOException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }
}
