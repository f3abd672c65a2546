package dev.verdict.analysis;

import dev.verdict.ir.CheckedPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures full analysis time on seeded synthetic policies (not a unit test: run it by hand).
 * {@code java ... dev.verdict.analysis.AnalysisBenchmark [rules...]}; see docs/analysis.md.
 */
public final class AnalysisBenchmark {

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = args.length == 0 ? List.of(1_000, 10_000)
                : java.util.Arrays.stream(args).map(Integer::parseInt).toList();
        AnalysisOptions options = new AnalysisOptions(Duration.ofMinutes(10), AnalysisOptions.DEFAULT.maxCubes());
        Analyzer.findings(new SyntheticPolicies(1).policy(200), options);
        for (int size : sizes) {
            CheckedPolicy policy = new SyntheticPolicies(42).policy(size);
            long start = System.nanoTime();
            List<Finding> findings = Analyzer.findings(policy, options);
            long millis = (System.nanoTime() - start) / 1_000_000;
            Map<String, Integer> counts = new TreeMap<>();
            findings.forEach(f -> counts.merge(f.diagnostic().code().name(), 1, Integer::sum));
            System.out.printf("%,d rules: %,d ms, findings %s%n", size, millis, counts);
        }
    }
}
