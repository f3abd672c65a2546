package dev.verdict.maven;

import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.source.BoundedRead;
import dev.verdict.source.ProjectTree;
import dev.verdict.source.Schemas;
import dev.verdict.source.SourceRef;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a project's policies on the bundled schema. Files are named relative to the project's
 * base directory, with {@code /} separators ({@code src/main/verdict/refunds.policy}): that name
 * appears in generated headers, which must not depend on where or on which system the project
 * was built; {@link MavenMessages} turns it back into a full path for the log.
 */
final class ProjectPolicies {

    private final Path basedir;
    private final Compiler compiler;

    /**
     * @param platform the profile of policies that name none (nullable): a bundled name, or a
     *                 path to a {@code .platform} file relative to {@code basedir}
     * @param allowed  folders besides {@code basedir} that policies may read profiles and
     *                 schemas from (relative ones from {@code basedir})
     * @param analyse  whether to run the analyses (warnings) as well as the checks
     */
    ProjectPolicies(Path basedir, String platform, List<Path> allowed, boolean analyse) {
        this.basedir = basedir.toAbsolutePath().normalize();
        ProjectTree tree = ProjectTree.of(this.basedir,
                allowed.stream().map(this.basedir::resolve).toList());
        this.compiler = new Compiler(Schemas.aftersale(),
                new CompilerOptions(defaultPlatform(this.basedir, platform), analyse, tree));
    }

    /**
     * The compilation of each file, in order.
     *
     * @throws IOException naming a file that cannot be read as UTF-8 text within the size limit
     */
    List<Compilation> compile(List<Path> files) throws IOException {
        List<Compilation> compilations = new ArrayList<>();
        for (Path file : files) {
            Path absolute = file.toAbsolutePath().normalize();
            String text;
            try {
                text = BoundedRead.text(absolute);
            } catch (BoundedRead.Refused e) {
                throw new IOException("cannot read " + absolute + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new IOException("cannot read " + absolute + ": " + e, e);
            }
            compilations.add(compiler.compile(displayPath(absolute), text, absolute.getParent()));
        }
        return compilations;
    }

    /**
     * How diagnostics and generated code name a file: relative to the base directory (with
     * {@code ../} when outside it), or absolute when it is on another root.
     */
    String displayPath(Path absolute) {
        return relative(basedir, absolute);
    }

    /** {@code file} as {@link #displayPath} names it, relative to {@code basedir}. */
    static String relative(Path basedir, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path relative;
        try {
            relative = basedir.toAbsolutePath().normalize().relativize(absolute);
        } catch (IllegalArgumentException e) {
            relative = absolute;
        }
        return relative.toString().replace(File.separatorChar, '/');
    }

    /** A bundled name as is; a path made absolute from the base directory. */
    static String defaultPlatform(Path basedir, String platform) {
        if (platform == null || platform.isBlank()) {
            return null;
        }
        String name = platform.strip();
        return SourceRef.isBundledName(name) ? name : basedir.resolve(name).toString();
    }
}
