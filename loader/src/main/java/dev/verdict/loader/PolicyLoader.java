package dev.verdict.loader;

import dev.verdict.analysis.AnalysisOptions;
import dev.verdict.analysis.Analyzer;
import dev.verdict.diag.Diagnostic;
import dev.verdict.interp.TestResult;
import dev.verdict.interp.TestRunner;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.pipeline.PolicyHash;
import dev.verdict.runtime.PolicyVersion;
import dev.verdict.schema.Schema;
import dev.verdict.source.ProjectTree;
import dev.verdict.source.Schemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Loads policies at run time: reads a policy file, or every {@code .policy} file under a
 * directory (profiles they name are read beside them), or policy text; checks and analyses
 * them; compiles them to bytecode in memory (or interprets them, on a Java runtime without a
 * compiler); and runs their {@code test} blocks against the evaluators that will decide. A load
 * with an error or a failing test gives no policies, only what is wrong ({@link PolicyLoad}).
 * Immutable and thread-safe; loads run on a thread with a large stack, as the compiler needs.
 */
public final class PolicyLoader {

    private final Schema schema;
    private final String defaultPlatform;
    private final String label;
    private final PolicyEvaluators.Bytecode bytecode;

    private PolicyLoader(Schema schema, String defaultPlatform, String label,
                         PolicyEvaluators.Bytecode bytecode) {
        this.schema = schema;
        this.defaultPlatform = defaultPlatform;
        this.label = label;
        this.bytecode = bytecode;
    }

    /** A loader for the bundled schema, compiling to bytecode, with no label. */
    public static PolicyLoader create() {
        return new PolicyLoader(Schemas.aftersale(), null, null, PolicyEvaluators.JAVAC);
    }

    /** This loader, serving policies that name no platform with {@code platform}. */
    public PolicyLoader withDefaultPlatform(String platform) {
        return new PolicyLoader(schema, platform, label, bytecode);
    }

    /** This loader, labelling the versions it loads with {@code versionLabel} (null: none). */
    public PolicyLoader withLabel(String versionLabel) {
        return new PolicyLoader(schema, defaultPlatform, versionLabel, bytecode);
    }

    /** This loader, interpreting policies instead of compiling them. */
    public PolicyLoader interpreted() {
        return new PolicyLoader(schema, defaultPlatform, label, null);
    }

    /** This loader, compiling with {@code compiler} (tests stand in for a missing javac). */
    PolicyLoader compilingWith(PolicyEvaluators.Bytecode compiler) {
        return new PolicyLoader(schema, defaultPlatform, label, compiler);
    }

    /** Loads a policy file, or every {@code .policy} file under a directory. */
    public PolicyLoad load(Path path) {
        return onLargeStack(() -> {
            PolicyFiles files = PolicyFiles.find(path);
            Path root = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
            List<Source> sources = new ArrayList<>();
            for (PolicyFiles.Entry entry : files.entries()) {
                sources.add(new Source(entry.name(), entry.path().toString(), entry.text(),
                        entry.path().toAbsolutePath().getParent()));
            }
            return load(sources, files.problems(), root);
        });
    }

    /**
     * Loads policy {@code text} under {@code name}; a profile it names by path is read from
     * {@code directory} (null: the current directory).
     */
    public PolicyLoad load(String name, String text, Path directory) {
        return load(Map.of(name, text), directory);
    }

    /**
     * Loads policy texts by name, as one set; a profile they name by path is read from
     * {@code directory} (null: the current directory).
     */
    public PolicyLoad load(Map<String, String> textsByName, Path directory) {
        List<Source> sources = new ArrayList<>();
        new TreeMap<>(textsByName).forEach((name, text) ->
                sources.add(new Source(name, name + PolicyFiles.EXTENSION, text, directory)));
        Path root = directory == null ? Path.of("") : directory;
        return onLargeStack(() -> load(sources, List.of(), root));
    }

    /** A policy to load: {@code directory} is where its quoted paths are read from. */
    private record Source(String name, String displayPath, String text, Path directory) {
    }

    /**
     * Loads the sources as one set; their quoted paths must lead inside {@code root}, the
     * directory loaded (or the folder of the file loaded).
     */
    private PolicyLoad load(List<Source> sources, List<String> problems, Path root) {
        CompilerOptions options = new CompilerOptions(defaultPlatform, false,
                ProjectTree.of(root, List.of()));
        Compiler compiler = new Compiler(schema, options);
        Map<String, String> texts = new HashMap<>();
        List<Compilation> compilations = new ArrayList<>();
        for (Source source : sources) {
            Compilation compilation =
                    compiler.compile(source.displayPath(), source.text(), source.directory());
            texts.putAll(compilation.sources());
            compilations.add(compilation);
        }
        List<String> found = new ArrayList<>(problems);
        if (sources.isEmpty() && problems.isEmpty()) {
            found.add("no `.policy` files to load");
        }
        List<CheckedPolicy> checked = compilations.stream().map(Compilation::policy)
                .filter(Objects::nonNull).toList();
        LargeStackTask<List<List<Diagnostic>>> analysis = LargeStackTask.start(
                "verdict-analysis", () -> analyse(checked, options.analysis()));
        boolean errors = compilations.stream().anyMatch(Compilation::hasErrors);
        PolicyEvaluators evaluators = errors || !found.isEmpty() ? null
                : PolicyEvaluators.make(checked, compilations.stream()
                        .map(c -> new PolicyVersion(PolicyHash.of(c), label)).toList(), bytecode);
        List<Diagnostic> diagnostics = withFindings(compilations, analysis.join());
        if (evaluators == null || diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new PolicyLoad(null, diagnostics, texts, found, null);
        }
        List<LoadedPolicy> loaded = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            LoadedPolicy policy = evaluators.policy(sources.get(i).name(), i);
            found.addAll(failedTests(checked.get(i), policy));
            loaded.add(policy);
        }
        PolicySet set = found.isEmpty() ? PolicySet.of(loaded, 0, Instant.now()) : null;
        return new PolicyLoad(set, diagnostics, texts, found, evaluators.fallback());
    }

    /**
     * The analysis findings of each checked policy, in order: run alongside the generating and
     * compiling of their code, which needs only the checked policies too, so that on two cores
     * a load takes the longer of the two instead of their sum.
     */
    private static List<List<Diagnostic>> analyse(List<CheckedPolicy> policies,
            AnalysisOptions options) {
        List<List<Diagnostic>> findings = new ArrayList<>();
        for (CheckedPolicy policy : policies) {
            findings.add(Analyzer.analyse(policy, options));
        }
        return findings;
    }

    /** Each compilation's diagnostics, then the analysis findings of its policy, if checked. */
    private static List<Diagnostic> withFindings(List<Compilation> compilations,
            List<List<Diagnostic>> findings) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        int analysed = 0;
        for (Compilation compilation : compilations) {
            diagnostics.addAll(compilation.diagnostics());
            if (compilation.policy() != null) {
                diagnostics.addAll(findings.get(analysed++));
            }
        }
        return diagnostics;
    }

    private static List<String> failedTests(CheckedPolicy policy, LoadedPolicy evaluator) {
        List<String> failures = new ArrayList<>();
        for (TestResult result : new TestRunner(evaluator).run(policy.tests()).results()) {
            if (!result.passed()) {
                failures.add(result.test().file() + ":" + result.test().span().line()
                        + ": test `" + result.test().name() + "` failed: " + result.failure());
            }
        }
        return failures;
    }

    private interface Work {
        PolicyLoad run() throws IOException;
    }

    private static PolicyLoad onLargeStack(Work work) {
        return LargeStackTask.start("verdict-load", () -> {
            try {
                return work.run();
            } catch (IOException e) {
                return new PolicyLoad(null, List.of(), Map.of(),
                        List.of("cannot read policies: " + e.getMessage()), null);
            }
        }).join();
    }
}
