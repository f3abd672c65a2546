package dev.verdict.cli;

import dev.verdict.format.Formatter;
import dev.verdict.interp.TestReport;
import dev.verdict.interp.TestResult;
import dev.verdict.interp.TestRunner;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.Evaluator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;


/** {@code verdict test PATH...}: runs the test blocks of policies. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Runs the test blocks of .policy files (directories: recursively). Prints "
                + "each failure, then `N passed, M failed`.",
                "Exit: 0 all pass; 1 failures, or a policy with errors; 2 usage or I/O errors."})
final class TestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private VerdictCommand verdict;

    @Mixin
    private PolicyPaths paths;

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        PolicyCompiler compiler = new PolicyCompiler(console, null);
        List<CheckedPolicy> policies = new ArrayList<>();
        boolean broken = false;
        for (Path file : compiler.files(paths.paths())) {
            CheckedPolicy policy = compiler.compileForDecisions(file);
            if (policy == null) {
                broken = true;
            } else if (!policy.tests().isEmpty()) {
                policies.add(policy);
            }
        }
        List<Evaluator> evaluators = verdict.evaluators(console).of(policies);
        int passed = 0;
        int failed = 0;
        for (int i = 0; i < policies.size(); i++) {
            TestReport report = new TestRunner(evaluators.get(i)).run(policies.get(i).tests());
            for (TestResult result : report.results()) {
                if (!result.passed()) {
                    console.out().println(result.test().file() + ":" + result.test().span().line()
                            + ": test " + Formatter.quote(result.test().name()) + " failed: "
                            + result.failure());
                }
            }
            passed += report.passed();
            failed += report.failed();
        }
        console.out().println(passed + " passed, " + failed + " failed");
        console.out().flush();
        if (compiler.failed()) {
            return Exit.USAGE;
        }
        return broken || failed > 0 ? Exit.FAILED : Exit.OK;
    }
}
