package dev.verdict.loader;

import dev.verdict.analysis.AnalysisOptions;
import dev.verdict.analysis.Analyzer;
import dev.verdict.diag.Diagnostic;
import dev.verdict.ir.CheckedPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The analyses of checked policies, on a thread of their own while the loader generates and
 * compiles their code: the two need only the checked policies, so on two cores a load takes the
 * longer of the two instead of their sum (for 1,000 rules the analysis is about a fifth of a
 * load). The loader serves nothing until both are done, and nothing when the analysis finds an
 * error.
 */
final class ConcurrentAnalysis {

    private final FutureTask<List<List<Diagnostic>>> task;

    private ConcurrentAnalysis(FutureTask<List<List<Diagnostic>>> task) {
        this.task = task;
    }

    /** Starts analysing {@code policies} on a thread with a stack of {@code stackBytes}. */
    static ConcurrentAnalysis start(List<CheckedPolicy> policies, AnalysisOptions options,
            long stackBytes) {
        FutureTask<List<List<Diagnostic>>> task = new FutureTask<>(() -> {
            List<List<Diagnostic>> findings = new ArrayList<>();
            for (CheckedPolicy policy : policies) {
                findings.add(Analyzer.analyse(policy, options));
            }
            return findings;
        });
        new Thread(null, task, "verdict-analysis", stackBytes).start();
        return new ConcurrentAnalysis(task);
    }

    /** The findings of each policy, in the order given, once the analysis is done. */
    List<List<Diagnostic>> join() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing policies", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the analysis failed", e.getCause());
        }
    }
}
