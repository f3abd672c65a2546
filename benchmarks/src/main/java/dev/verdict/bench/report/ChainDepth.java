package dev.verdict.bench.report;

import dev.verdict.bench.Policies;
import dev.verdict.bench.RequestCycle;
import dev.verdict.bench.ScalingBenchmark;
import dev.verdict.bench.request.RequestGenerator;
import dev.verdict.bench.synthetic.SyntheticPolicy;
import dev.verdict.interp.Interpreter;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.RequestValues;
import dev.verdict.runtime.Source;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How deep a linear chain goes for the benchmarks' requests to each synthetic policy: the mean
 * number of conditions tested per decision (the guard counts as one, {@code otherwise} as the
 * last), how many rules decide at least one request, and the share the guard and
 * {@code otherwise} decide, for the policies of {@link ScalingBenchmark}. Usage:
 * {@code ChainDepth SIZE...}; prints a Markdown table.
 */
public final class ChainDepth {

    private ChainDepth() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: ChainDepth SIZE...");
            System.exit(2);
        }
        System.out.println("| rules | conditions tested per decision (linear chain) "
                + "| rules that decide | by the guard | by otherwise |\n"
                + "|---:|---:|---:|---:|---:|");
        for (String size : args) {
            System.out.println(row(Integer.parseInt(size)));
        }
    }

    private static String row(int size) {
        SyntheticPolicy synthetic = SyntheticPolicy.generate(size, ScalingBenchmark.POLICY_SEED);
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < size; i++) {
            positions.put(synthetic.rules().get(i).name(), i + 1);
        }
        CheckedPolicy policy = Policies.compile("synthetic.policy", synthetic.text(), false);
        Interpreter interpreter = new Interpreter(policy);
        List<RequestValues> requests =
                RequestGenerator.forPolicy(policy, RequestCycle.SEED).take(RequestCycle.SIZE);
        long tested = 0;
        int guard = 0;
        int otherwise = 0;
        Set<String> deciding = new HashSet<>();
        for (RequestValues request : requests) {
            Decision decision = interpreter.decide(request);
            if (decision.source() == Source.PLATFORM) {
                guard++;
                tested += 1;
            } else if (decision.rule().equals("otherwise")) {
                otherwise++;
                tested += size + 2;
            } else {
                deciding.add(decision.rule());
                tested += 1 + positions.get(decision.rule());
            }
        }
        double count = requests.size();
        return String.format(Locale.ROOT, "| %,d | %.0f | %,d | %.0f %% | %.0f %% |", size,
                tested / count, deciding.size(), 100 * guard / count, 100 * otherwise / count);
    }
}
