package dev.verdict.pipeline;

import dev.verdict.analysis.AnalysisOptions;
import dev.verdict.source.ProjectTree;
import java.nio.file.Path;
import java.util.List;

/**
 * How {@link Compiler} runs: {@code defaultPlatform} (nullable) serves policies that name no
 * platform, as {@code --platform} does (a bundled name, or a path from the current directory);
 * {@code analyse} runs the analyses of SPEC §6 and §9 on a policy without errors, within
 * {@code analysis} (its time and size budget); {@code tree} is where the profile and schema
 * paths a policy writes may lead (null: the folder of the policy being compiled, and below).
 */
public record CompilerOptions(String defaultPlatform, boolean analyse, ProjectTree tree,
                              AnalysisOptions analysis) {

    /** Options that confine a policy's paths to its own folder. */
    public CompilerOptions(String defaultPlatform, boolean analyse) {
        this(defaultPlatform, analyse, null);
    }

    /** Options with the default analysis budget. */
    public CompilerOptions(String defaultPlatform, boolean analyse, ProjectTree tree) {
        this(defaultPlatform, analyse, tree, AnalysisOptions.DEFAULT);
    }

    /** The tree for a policy compiled in {@code directory} (null: the current folder). */
    ProjectTree treeFor(Path directory) {
        if (tree != null) {
            return tree;
        }
        return ProjectTree.of(directory == null ? Path.of("") : directory, List.of());
    }
}
