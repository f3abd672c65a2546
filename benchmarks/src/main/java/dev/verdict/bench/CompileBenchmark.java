package dev.verdict.bench;

import dev.verdict.bench.generated.GeneratedEvaluators;
import dev.verdict.bench.generated.GeneratedEvaluator;
import dev.verdict.bench.synthetic.SyntheticPolicy;
import dev.verdict.ir.CheckedPolicy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to compile the synthetic policies of {@link ScalingBenchmark} from text: the front end
 * (parse, check, analyse) at steady state, and the whole way to a loaded evaluator (front end,
 * generate Java, javac in memory) one compilation per iteration, as a build compiles a policy.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class CompileBenchmark {

    @Param({"14", "100", "1000", "10000"})
    public int rules;

    private String name;
    private String text;

    @Setup
    public void setUp() {
        name = "synthetic-" + rules + ".policy";
        text = SyntheticPolicy.generate(rules, ScalingBenchmark.POLICY_SEED).text();
    }

    @Benchmark
    public CheckedPolicy parseCheckAnalyse() {
        return Policies.compile(name, text, true);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 3)
    public GeneratedEvaluator toEvaluator() {
        return GeneratedEvaluators.compile(Policies.compile(name, text, true));
    }
}
