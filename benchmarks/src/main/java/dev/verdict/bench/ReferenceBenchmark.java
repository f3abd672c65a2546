package dev.verdict.bench;

import dev.verdict.bench.generated.GeneratedEvaluators;
import dev.verdict.bench.reference.CelReference;
import dev.verdict.bench.reference.DroolsReference;
import dev.verdict.bench.reference.EasyRulesReference;
import dev.verdict.bench.reference.HandWrittenReference;
import dev.verdict.bench.reference.ReferenceFacts;
import dev.verdict.bench.reference.ReferencePolicy;
import dev.verdict.bench.request.HandRequests;
import dev.verdict.bench.request.RequestGenerator;
import dev.verdict.interp.Interpreter;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.RequestValues;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jeasy.rules.api.Facts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per decision of the reference policy, by implementation: Verdict's generated evaluator,
 * hand-written Java (the limit), Verdict's interpreter, and the peers CEL, Easy Rules and Drools.
 * Every one decides the same {@value RequestCycle#SIZE} seeded requests, prepared in its own
 * input form before timing (the generated and hand-written ones as typed request objects, taken
 * from a typed array the same way).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ReferenceBenchmark {

    /** Warm-up iterations of the peers: Drools' JIT settles only after about eight seconds. */
    static final int PEER_WARMUP = 10;
    /**
     * Forks of the generated and the hand-written evaluator, whose ratio is a target: on this
     * shared 2-core virtual machine one fork can run 50 % slower than the next.
     */
    static final int TARGET_FORKS = 3;

    static List<RequestValues> requests(CheckedPolicy policy) {
        return RequestGenerator.forPolicy(policy, RequestCycle.SEED).take(RequestCycle.SIZE);
    }

    /** The hand-written if-chain and its typed requests. */
    @State(Scope.Thread)
    public static class HandWritten {
        HandWrittenReference evaluator;
        HandRequests requests;

        @Setup
        public void setUp() {
            evaluator = new HandWrittenReference();
            requests = new HandRequests(requests(ReferencePolicy.checked()));
            RequestCycle.compactHeap();
        }
    }

    /** Verdict's generated evaluator over its generated typed requests. */
    @State(Scope.Thread)
    public static class Generated {
        Supplier<Decision> requests;

        @Setup
        public void setUp() {
            CheckedPolicy policy = ReferencePolicy.checked();
            requests = GeneratedEvaluators.compile(policy).cycle(requests(policy));
            RequestCycle.compactHeap();
        }
    }

    /** Verdict's interpreter over flat request values. */
    @State(Scope.Thread)
    public static class Interpreted {
        Interpreter evaluator;
        RequestCycle<RequestValues> requests;

        @Setup
        public void setUp() {
            CheckedPolicy policy = ReferencePolicy.checked();
            evaluator = new Interpreter(policy);
            requests = RequestCycle.of(new EvaluatorContender(evaluator), requests(policy));
            RequestCycle.compactHeap();
        }
    }

    /** One CEL program over a map activation. */
    @State(Scope.Thread)
    public static class Cel {
        CelReference evaluator;
        RequestCycle<Map<String, Object>> requests;

        @Setup
        public void setUp() {
            evaluator = new CelReference();
            requests = RequestCycle.of(evaluator, requests(ReferencePolicy.checked()));
            RequestCycle.compactHeap();
        }
    }

    /** Easy Rules with MVEL conditions over a facts bean. */
    @State(Scope.Thread)
    public static class EasyRules {
        EasyRulesReference evaluator;
        RequestCycle<Facts> requests;

        @Setup
        public void setUp() {
            evaluator = new EasyRulesReference();
            requests = RequestCycle.of(evaluator, requests(ReferencePolicy.checked()));
            RequestCycle.compactHeap();
        }
    }

    /** A reused Drools session (executable model). */
    @State(Scope.Thread)
    public static class Drools {
        DroolsReference evaluator;
        RequestCycle<ReferenceFacts> requests;

        @Setup
        public void setUp() {
            evaluator = new DroolsReference();
            requests = RequestCycle.of(evaluator, requests(ReferencePolicy.checked()));
            RequestCycle.compactHeap();
        }

        @TearDown
        public void tearDown() {
            evaluator.close();
        }
    }

    @Benchmark
    @Fork(value = TARGET_FORKS, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    public Decision generated(Generated state) {
        return state.requests.get();
    }

    @Benchmark
    @Fork(value = TARGET_FORKS, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    public Decision handWritten(HandWritten state) {
        return state.evaluator.decide(state.requests.next());
    }

    @Benchmark
    public Decision interpreter(Interpreted state) {
        return state.evaluator.decide(state.requests.next());
    }

    @Benchmark
    @Warmup(iterations = PEER_WARMUP, time = 1)
    public Decision cel(Cel state) {
        return state.evaluator.decide(state.requests.next());
    }

    @Benchmark
    @Warmup(iterations = PEER_WARMUP, time = 1)
    public Decision easyRules(EasyRules state) {
        return state.evaluator.decide(state.requests.next());
    }

    @Benchmark
    @Warmup(iterations = PEER_WARMUP, time = 1)
    public Decision drools(Drools state) {
        return state.evaluator.decide(state.requests.next());
    }
}
