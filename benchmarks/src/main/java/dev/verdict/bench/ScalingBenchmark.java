package dev.verdict.bench;

import dev.verdict.bench.generated.GeneratedEvaluators;
import dev.verdict.bench.request.HandRequests;
import dev.verdict.bench.request.RequestGenerator;
import dev.verdict.bench.synthetic.FlatChain;
import dev.verdict.bench.synthetic.HandEvaluator;
import dev.verdict.bench.synthetic.SyntheticPolicy;
import dev.verdict.interp.Interpreter;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.RequestValues;
import java.util.List;
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
 * Time per decision as policies grow: seeded synthetic policies of 14 to 10,000 rules, decided by
 * Verdict's generated evaluator, its interpreter, and a naive hand-written-style Java if-chain of
 * the same rules.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ScalingBenchmark {

    /** The seed of the synthetic policies. */
    public static final long POLICY_SEED = 42;

    /** A synthetic policy of {@code rules} rules, checked by Verdict, and requests for it. */
    @State(Scope.Benchmark)
    public static class Sized {
        @Param({"14", "100", "1000", "10000"})
        public int rules;

        SyntheticPolicy policy;
        CheckedPolicy checked;
        List<RequestValues> requests;

        @Setup
        public void setUp() {
            policy = SyntheticPolicy.generate(rules, POLICY_SEED);
            checked = Policies.compile("synthetic-" + rules + ".policy", policy.text(), false);
            requests = RequestGenerator.forPolicy(checked, RequestCycle.SEED)
                    .take(RequestCycle.SIZE);
        }
    }

    /** Verdict's generated evaluator of the sized policy. */
    @State(Scope.Thread)
    public static class Generated {
        Supplier<Decision> requests;

        @Setup
        public void setUp(Sized sized) {
            requests = GeneratedEvaluators.compile(sized.checked).cycle(sized.requests);
            RequestCycle.compactHeap();
        }
    }

    /** Verdict's interpreter of the sized policy. */
    @State(Scope.Thread)
    public static class Interpreted {
        Interpreter evaluator;
        RequestCycle<RequestValues> requests;

        @Setup
        public void setUp(Sized sized) {
            evaluator = new Interpreter(sized.checked);
            requests = RequestCycle.of(new EvaluatorContender(evaluator), sized.requests);
            RequestCycle.compactHeap();
        }
    }

    /** The sized policy as a flat Java if-chain, compiled with javac. */
    @State(Scope.Thread)
    public static class Chain {
        HandEvaluator evaluator;
        HandRequests requests;

        @Setup
        public void setUp(Sized sized) {
            evaluator = FlatChain.compile(sized.policy);
            requests = new HandRequests(sized.requests);
            RequestCycle.compactHeap();
        }
    }

    @Benchmark
    @Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    public Decision generated(Generated state) {
        return state.requests.get();
    }

    @Benchmark
    public Decision interpreter(Interpreted state) {
        return state.evaluator.decide(state.requests.next());
    }

    @Benchmark
    public Decision flatChain(Chain state) {
        return state.evaluator.decide(state.requests.next());
    }
}
