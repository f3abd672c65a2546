package dev.verdict.bench.report;

import dev.verdict.bench.Policies;
import dev.verdict.bench.ScalingBenchmark;
import dev.verdict.bench.synthetic.SyntheticPolicy;
import dev.verdict.codegen.JavaGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Prints the dispatch table of {@code docs/performance.md} from one JMH JSON report of
 * {@code ScalingBenchmark.generated} and {@code ShapeBenchmark.generated}: per size and shape,
 * the mean, each fork's mean, the fork-to-fork spread, the ratio to the 14-rule mean of the same
 * run, bytes per decision, the planner's predicted cost, and whether the targets of issue 13 are
 * met (ratio at most 2× at 1,000 rules, 3× at 10,000, 4× for the shapes; spread at most 25 %;
 * 0 B). Usage: {@code DispatchTable jmh-result.json}.
 */
public final class DispatchTable {

    private static final String BASELINE = "rules=14";
    private static final double MAX_SPREAD = 0.25;
    private static final Map<String, Double> MAX_RATIO = Map.of("rules=1000", 2.0,
            "rules=10000", 3.0, "shape=AMOUNT_BANDS", 4.0, "shape=OPTIONAL_FIELDS", 4.0);

    private final List<ForkMeans> results;
    private final Function<String, String> predicted;

    /** {@code predicted}: the planner's cost of the policy a benchmark's parameters name. */
    DispatchTable(List<ForkMeans> results, Function<String, String> predicted) {
        this.results = results.stream().filter(r -> r.benchmark().endsWith(
                "ScalingBenchmark.generated") || r.benchmark().endsWith(
                "ShapeBenchmark.generated")).toList();
        this.predicted = predicted;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: DispatchTable JMH-RESULT.json");
            System.exit(2);
        }
        System.out.print(new DispatchTable(ForkMeans.read(Path.of(args[0])),
                DispatchTable::planCost).render());
    }

    String render() {
        double baseline = results.stream().filter(r -> r.params().equals(BASELINE))
                .mapToDouble(ForkMeans::mean).findFirst().orElse(Double.NaN);
        StringBuilder out = new StringBuilder("| policy | mean | fork means | spread "
                + "| × 14 rules | B/decision | targets | predicted cost |\n"
                + "|---|---:|---|---:|---:|---:|---|---|\n");
        for (ForkMeans result : results) {
            double ratio = result.mean() / baseline;
            out.append(String.format(Locale.ROOT, "| %s | %s ns | %s | %.1f %% | %.2f× | %.3f "
                            + "| %s | %s |%n", result.params(), number(result.mean()),
                    String.join(", ", result.forks().stream().map(DispatchTable::number)
                            .toList()), 100 * result.spread(), ratio, result.bytesPerOp(),
                    targets(result, ratio), predicted.apply(result.params())));
        }
        return out.toString();
    }

    private static String targets(ForkMeans result, double ratio) {
        Double maxRatio = MAX_RATIO.get(result.params());
        boolean met = result.forks().size() >= 3 && result.spread() <= MAX_SPREAD
                && result.bytesPerOp() < 0.5 && (maxRatio == null || ratio <= maxRatio);
        String ratioTarget = maxRatio == null ? "" : String.format(Locale.ROOT, "≤ %.0f×, ",
                maxRatio);
        return ratioTarget + "spread ≤ 25 %, 3 forks, 0 B: " + (met ? "met" : "MISSED");
    }

    /** Three significant digits. */
    private static String number(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f",
                value);
    }

    /** The planner's cost of the synthetic policy named by {@code rules=N} or {@code shape=S}. */
    private static String planCost(String params) {
        String[] param = params.split("=", 2);
        SyntheticPolicy policy = param[0].equals("rules")
                ? SyntheticPolicy.generate(Integer.parseInt(param[1]), ScalingBenchmark.POLICY_SEED)
                : SyntheticPolicy.generate(SyntheticPolicy.Shape.valueOf(param[1]), 1_000,
                ScalingBenchmark.POLICY_SEED);
        return new JavaGenerator().planCost(Policies.compile("cost.policy", policy.text(), false))
                .toString();
    }
}
