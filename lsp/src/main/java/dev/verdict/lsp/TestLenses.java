package dev.verdict.lsp;

import dev.verdict.ast.Decl;
import dev.verdict.interp.Interpreter;
import dev.verdict.interp.TestResult;
import dev.verdict.interp.TestRunner;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.TestCase;
import dev.verdict.pipeline.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;

/**
 * Tests in the editor: a "run test" lens above each {@code test} block, and the command it runs,
 * which checks the document, decides the test's request with the interpreter and says how the
 * test fared, in the words {@code verdict test} uses.
 */
final class TestLenses {

    static final String RUN_TEST = "verdict.runTest";

    private final DocumentCompiler compiler;

    TestLenses(DocumentCompiler compiler) {
        this.compiler = compiler;
    }

    static List<CodeLens> lenses(PolicyDocument document) {
        List<CodeLens> lenses = new ArrayList<>();
        for (Decl decl : document.syntax().decls()) {
            if (decl instanceof Decl.TestCase test) {
                Command command = new Command("▶ run test", RUN_TEST,
                        List.of(document.uri(), test.name().text()));
                lenses.add(new CodeLens(document.lines().range(test.name().span()), command,
                        null));
            }
        }
        return lenses;
    }

    /** The result of the named test, as one line: passed, failed and why, or why it cannot run. */
    TestOutcome run(PolicyDocument document, String testName) {
        Compilation compilation = compiler.check(document);
        CheckedPolicy policy = compilation.policy();
        if (policy == null) {
            return new TestOutcome(false, "test `" + testName + "` cannot run: the policy has "
                    + "errors");
        }
        Optional<TestCase> test = policy.tests().stream()
                .filter(t -> t.name().equals(testName)).findFirst();
        if (test.isEmpty()) {
            return new TestOutcome(false, "no test named `" + testName + "`");
        }
        TestResult result = new TestRunner(new Interpreter(policy)).run(test.get());
        if (result.passed()) {
            String rule = result.decision().rule();
            return new TestOutcome(true, "test `" + testName + "` passed: `"
                    + result.decision().outcome() + "`"
                    + (rule == null ? "" : " by `" + rule + "`"));
        }
        return new TestOutcome(false, "test `" + testName + "` failed: " + result.failure());
    }

    /** What running one test showed. */
    record TestOutcome(boolean passed, String message) {
    }
}
