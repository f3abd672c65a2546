package dev.verdict.cli;

import dev.verdict.engine.Engine;
import dev.verdict.engine.Engines;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.Evaluator;
import java.util.List;

/**
 * Evaluators for the commands that decide, by the global {@code --engine}: generated Java
 * compiled in memory (the default; all policies of a run in one javac call), or the reference
 * interpreter. On a Java runtime without a compiler the compiled engine falls back to the
 * interpreter with a one-line notice.
 */
final class Evaluators {

    private final Engine engine;
    private final Console console;

    Evaluators(Engine engine, Console console) {
        this.engine = engine;
        this.console = console;
    }

    /** One evaluator per policy, in order. */
    List<Evaluator> of(List<CheckedPolicy> policies) {
        return Engines.evaluators(policies, engine,
                reason -> console.problem(reason + "; using the interpreter"));
    }

    Evaluator of(CheckedPolicy policy) {
        return of(List.of(policy)).get(0);
    }
}
