package dev.verdict.analysis;

import dev.verdict.ir.CheckedPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Measures full analysis time on seeded synthetic policies (not a unit test: run it by hand, see
 * {@code docs/analysis.md}): for each size given (default 1,000 and 10,000 rules), the time to
 * check the text and the time to analyse it, after a warm-up run; for the synthetic policies of
 * many shapes, then for as many overlapping rules of one shape
 * ({@link SyntheticPolicies#overlapping}).
 */
public final class AnalysisBenchmark {

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = args.length == 0 ? List.of(1_000, 10_000)
                : java.util.Arrays.stream(args).map(Integer::parseInt).toList();
        AnalysisOptions options = new AnalysisOptions(Duration.ofMinutes(10), 20_000);
        Analyzer.findings(new SyntheticPolicies(1).policy(500), options);
        for (int size : sizes) {
            measure("synthetic", size, () -> new SyntheticPolicies(42).policy(size), options);
            measure("overlapping", size, () -> Policies.checked(new SyntheticPolicies(42)
                    .overlapping(size)).policy(), options);
        }
    }

    private static void measure(String shape, int size, Supplier<CheckedPolicy> make,
            AnalysisOptions options) {
        long start = System.nanoTime();
        CheckedPolicy policy = make.get();
        long checked = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        List<Finding> findings = Analyzer.findings(policy, options);
        long analysed = System.nanoTime();
        cpu = THREADS.getCurrentThreadCpuTime() - cpu;
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.diagnostic().code().name(), 1, Integer::sum));
        System.out.printf("%,d %s rules: checked in %,d ms, analysed in %,d ms (%,d ms of CPU);"
                + " findings %s%n", size, shape, (checked - start) / 1_000_000,
                (analysed - checked) / 1_000_000, cpu / 1_000_000, counts);
    }
}
