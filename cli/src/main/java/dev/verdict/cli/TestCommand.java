package dev.verdict.cli;

import dev.verdict.coverage.CoberturaXml;
import dev.verdict.coverage.Coverage;
import dev.verdict.coverage.CoverageText;
import dev.verdict.coverage.PolicyCoverage;
import dev.verdict.interp.TestReport;
import dev.verdict.interp.TestResult;
import dev.verdict.interp.TestRunner;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.TestCase;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Release;
import dev.verdict.report.JUnitXml;
import dev.verdict.runtime.Evaluator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code verdict test [--format human|junit] [--coverage] [--coverage-xml FILE] PATH...}. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Runs the test blocks of .policy files (directories: recursively). Prints "
                + "each failure, then `N passed, M failed`.",
                "Exit: 0 all pass; 1 failures, or a policy with errors; 2 usage or I/O errors."})
final class TestCommand implements Callable<Integer> {

    /** The values of {@code --format}. */
    enum Format { HUMAN, JUNIT }

    @Spec
    private CommandSpec spec;

    @Mixin
    private AllowPathOption allowPath;

    @ParentCommand
    private VerdictCommand verdict;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "human",
            description = "human (default), or junit: JUnit XML on the output.")
    private Format format;

    @Option(names = "--coverage",
            description = "Also print which rules and conditions the tests covered "
                    + "(on the error stream with --format junit).")
    private boolean coverage;

    @Option(names = "--coverage-xml", paramLabel = "FILE",
            description = "Write the coverage as Cobertura XML to FILE.")
    private Path coverageXml;

    @Mixin
    private PolicyPaths paths;

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        PolicyCompiler compiler = new PolicyCompiler(console, null, allowPath.paths());
        List<Compilation> compiled = new ArrayList<>();
        List<JUnitXml.Suite> suites = new ArrayList<>();
        int broken = 0;
        for (Path file : compiler.files(paths.paths())) {
            Compilation compilation = compiler.compile(file);
            if (compilation != null && compilation.hasErrors()) {
                broken++;
                console.err().print(PolicyCompiler.errorsOf(compilation, console.colour()));
                suites.add(JUnitXml.Suite.broken(file.toString(),
                        PolicyCompiler.errorsOf(compilation, false)));
            } else if (compilation != null && !compilation.policy().tests().isEmpty()) {
                compiled.add(compilation);
            }
        }
        List<CheckedPolicy> policies = compiled.stream().map(Compilation::policy).toList();
        List<Evaluator> evaluators = verdict.evaluators(console).of(policies);
        List<PolicyCoverage> covered = new ArrayList<>();
        int passed = 0;
        int failed = 0;
        for (int i = 0; i < policies.size(); i++) {
            CheckedPolicy policy = policies.get(i);
            TestReport report = new TestRunner(evaluators.get(i)).run(policy.tests());
            suites.add(JUnitXml.Suite.ran(policy.file(), report));
            for (TestResult result : report.results()) {
                if (!result.passed() && format == Format.HUMAN) {
                    console.out().println(JUnitXml.failureLine(policy.file(), result));
                }
            }
            passed += report.passed();
            failed += report.failed();
            if (coverage || coverageXml != null) {
                covered.add(coverageOf(compiled.get(i)));
            }
        }
        if (format == Format.JUNIT) {
            console.out().print(JUnitXml.render(suites));
        } else {
            console.out().println(passed + " passed, " + failed + " failed"
                    + (broken == 0 ? "" : "; " + broken + (broken == 1 ? " policy" : " policies")
                            + " with errors, not run"));
        }
        console.out().flush();
        if (coverage) {
            (format == Format.JUNIT ? console.err() : console.out())
                    .print(CoverageText.render(covered));
        }
        boolean written = coverageXml == null || new SourcePaths(console).write(coverageXml,
                CoberturaXml.render(covered, Release.version(), System.currentTimeMillis() / 1000));
        if (compiler.failed() || !written) {
            return Exit.USAGE;
        }
        return broken > 0 || failed > 0 ? Exit.FAILED : Exit.OK;
    }

    private static PolicyCoverage coverageOf(Compilation compilation) {
        Coverage coverage = Coverage.of(compilation.policy(), compilation.sources());
        for (TestCase test : compilation.policy().tests()) {
            coverage.record(test.request(), test.name());
        }
        return coverage.result();
    }
}
