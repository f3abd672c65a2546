package dev.verdict.bench.report;

import com.palantir.javapoet.JavaFile;
import dev.verdict.analysis.Analyzer;
import dev.verdict.bench.Policies;
import dev.verdict.bench.ScalingBenchmark;
import dev.verdict.bench.synthetic.SyntheticPolicy;
import dev.verdict.codegen.JavaGenerator;
import dev.verdict.engine.InMemoryCompiler;
import dev.verdict.engine.InMemoryCompiler.CompiledClasses;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.syntax.SourceParser;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The way from policy text to a loaded evaluator, stage by stage, in one JVM: parse, parse and
 * check, analyse, generate (plan and JavaPoet), render the Java text, javac in memory, load the
 * classes; then the whole way as a service reloads a policy, through {@code PolicyLoader} (which
 * analyses alongside generating and compiling, and runs the policy's tests). Per stage the
 * median over the measured rounds of the wall time and of the process's CPU time (every thread,
 * the JIT and the GC included), which a loaded machine stretches less than the wall time. A
 * profile to find where the time goes; JMH's {@code CompileBenchmark} times the same stages.
 * Usage: {@code CompileStages RULES [WARMUP ROUNDS]}.
 */
public final class CompileStages {

    private final Map<String, List<long[]>> times = new LinkedHashMap<>();

    public static void main(String[] args) {
        int rules = Integer.parseInt(args[0]);
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String text = SyntheticPolicy.generate(rules, ScalingBenchmark.POLICY_SEED).text();
        CompileStages stages = new CompileStages();
        for (int round = 0; round < warmup + rounds; round++) {
            stages.round(text, round >= warmup);
        }
        System.out.print(stages.table(rules));
    }

    private void round(String text, boolean measured) {
        String name = "synthetic.policy";
        time("parse", measured, () -> SourceParser.parse(name, text));
        CheckedPolicy policy = time("parse + check", measured,
                () -> Policies.compile(name, text, false));
        time("analyse", measured, () -> Analyzer.analyse(policy));
        List<JavaFile> files = time("generate", measured,
                () -> new JavaGenerator().generate(policy, "verdict.bench", "BenchmarkPolicy"));
        time("render", measured, () -> files.stream().mapToInt(f -> f.toString().length()).sum());
        CompiledClasses classes = time("javac", measured, () -> InMemoryCompiler.compile(files));
        time("load", measured, () -> classes.evaluator("verdict.bench.BenchmarkPolicy"));
        time("text to evaluator: PolicyLoader", measured, () -> Policies.load(name, text));
    }

    private <T> T time(String stage, boolean measured, Supplier<T> work) {
        long cpu = cpuNanos();
        long wall = System.nanoTime();
        T result = work.get();
        if (measured) {
            times.computeIfAbsent(stage, s -> new ArrayList<>())
                    .add(new long[] {System.nanoTime() - wall, cpuNanos() - cpu});
        }
        return result;
    }

    private String table(int rules) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%,d rules, median of %d rounds; load average %s%n| stage | wall ms | CPU ms |%n"
                        + "|---|---:|---:|%n", rules, times.values().iterator().next().size(),
                loadAverage()));
        times.forEach((stage, samples) -> out.append(String.format(Locale.ROOT,
                "| %s | %.0f | %.0f |%n", stage, median(samples, 0), median(samples, 1))));
        return out.toString();
    }

    private static double median(List<long[]> samples, int column) {
        long[] values = samples.stream().mapToLong(s -> s[column]).sorted().toArray();
        return values[values.length / 2] / 1e6;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
