package dev.verdict.bench;

import dev.verdict.bench.generated.GeneratedEvaluators;
import dev.verdict.bench.request.RequestGenerator;
import dev.verdict.bench.synthetic.SyntheticPolicy;
import dev.verdict.bench.synthetic.SyntheticPolicy.Shape;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.Decision;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
 * Time per decision of the generated evaluator for 1,000-rule synthetic policies that enum
 * dispatch cannot narrow: rules that differ only in their amount band, and rules that mostly test
 * optional fields. Compared with {@link ScalingBenchmark}'s 14-rule policy.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class ShapeBenchmark {

    @Param({"AMOUNT_BANDS", "OPTIONAL_FIELDS"})
    public Shape shape;

    private Supplier<Decision> requests;

    @Setup
    public void setUp() {
        SyntheticPolicy policy = SyntheticPolicy.generate(shape, 1_000,
                ScalingBenchmark.POLICY_SEED);
        CheckedPolicy checked = Policies.compile("shape.policy", policy.text(), false);
        requests = GeneratedEvaluators.compile(checked)
                .cycle(RequestGenerator.forPolicy(checked, RequestCycle.SEED)
                        .take(RequestCycle.SIZE));
        RequestCycle.compactHeap();
    }

    @Benchmark
    public Decision generated() {
        return requests.get();
    }
}
