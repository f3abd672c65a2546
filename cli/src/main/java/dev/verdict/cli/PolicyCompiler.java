package dev.verdict.cli;

import dev.verdict.analysis.AnalysisOptions;
import dev.verdict.diag.Diagnostic;
import dev.verdict.diag.render.HumanRenderer;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.pipeline.Checkable;
import dev.verdict.source.ProjectTree;
import dev.verdict.source.Schemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles policy files for a command: finds them (see {@link SourcePaths}), reads them
 * (reporting those that cannot be read: the command exits 2) and runs the pipeline, with the
 * analyses, on the bundled schema. A policy's profile and schema paths must lead inside the
 * path given on the command line it was found under (a file's folder), or an allowed folder.
 */
final class PolicyCompiler {

    private final Console console;
    private final SourcePaths sources;
    private final String platform;
    private final List<Path> allowed;
    private final Map<Path, Path> roots = new HashMap<>();

    /**
     * {@code platform} (nullable) serves the policies that name none, as {@code --platform};
     * {@code allowed}: folders of {@code --allow-path}.
     */
    PolicyCompiler(Console console, String platform, List<Path> allowed) {
        this.console = console;
        this.sources = new SourcePaths(console);
        this.platform = platform;
        this.allowed = List.copyOf(allowed);
    }

    /** Whether some path or file could not be read: the command exits 2. */
    boolean failed() {
        return sources.failed();
    }

    /** The exit code after {@link #compileForDecisions} refused: 2 unreadable, 1 errors. */
    int refusal() {
        return failed() ? Exit.USAGE : Exit.FAILED;
    }

    /** The files named, and the {@code .policy} files under the directories named. */
    List<Path> files(List<Path> paths) {
        return expand(paths, Set.of(".policy"));
    }

    /** The files named, and the files of every {@link Checkable} under the directories. */
    List<Path> sourceFiles(List<Path> paths) {
        return expand(paths, Checkable.extensions());
    }

    /** The files of {@code paths}, each remembering the directory it was found under. */
    private List<Path> expand(List<Path> paths, Set<String> extensions) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            List<Path> found = sources.expand(List.of(path), extensions);
            if (Files.isDirectory(path)) {
                found.forEach(file -> roots.put(file, path));
            }
            files.addAll(found);
        }
        return files;
    }

    /** The compiler for {@code file}: confined to the folder it was found under, or its own. */
    private Compiler compiler(Path file, AnalysisOptions analysis) {
        Path root = roots.getOrDefault(file, file.toAbsolutePath().getParent());
        return new Compiler(Schemas.aftersale(),
                new CompilerOptions(platform, true, ProjectTree.of(root, allowed), analysis));
    }

    /**
     * The compilation of a file by its kind (a policy unless its extension says otherwise),
     * analysed within {@code analysis}, or null when it cannot be read (already reported).
     */
    Compilation compileSource(Path file, AnalysisOptions analysis) {
        Checkable kind = Checkable.of(file.getFileName().toString()).orElse(Checkable.POLICY);
        String text = sources.read(file);
        return text == null ? null
                : compiler(file, analysis).compile(kind, file.toString(), text,
                        file.toAbsolutePath().getParent());
    }

    /** Compiles the {@link #files} of {@code paths} into one report. */
    Compilations compileAll(List<Path> paths) {
        Compilations compilations = new Compilations();
        for (Path file : files(paths)) {
            compilations.add(compile(file));
        }
        return compilations;
    }

    /** The compilation of {@code file}, or null when it cannot be read (already reported). */
    Compilation compile(Path file) {
        String text = sources.read(file);
        if (text == null) {
            return null;
        }
        return compiler(file, AnalysisOptions.DEFAULT)
                .compile(file.toString(), text, file.toAbsolutePath().getParent());
    }

    /**
     * For commands that decide: the policy of {@code file}, compiled without errors; or null
     * after printing its errors on the error stream (or reporting that it cannot be read).
     */
    CheckedPolicy compileForDecisions(Path file) {
        Compilation compilation = compileClean(file);
        return compilation == null ? null : compilation.policy();
    }

    /**
     * The compilation of {@code file} when it has no errors; or null after printing its errors
     * on the error stream (or reporting that it cannot be read).
     */
    Compilation compileClean(Path file) {
        Compilation compilation = compile(file);
        if (compilation == null) {
            return null;
        }
        if (compilation.hasErrors()) {
            console.err().print(errorsOf(compilation, console.colour()));
            console.err().flush();
            return null;
        }
        return compilation;
    }

    /** The errors of {@code compilation}, rendered as {@code check} prints them. */
    static String errorsOf(Compilation compilation, boolean colour) {
        java.io.StringWriter text = new java.io.StringWriter();
        java.io.PrintWriter out = new java.io.PrintWriter(text);
        new HumanRenderer(colour).render(
                compilation.diagnostics().stream().filter(Diagnostic::isError).toList(),
                compilation.sources(), out);
        out.flush();
        return text.toString();
    }
}
