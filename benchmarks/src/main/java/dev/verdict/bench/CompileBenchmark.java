package dev.verdict.bench;

import com.palantir.javapoet.JavaFile;
import dev.verdict.bench.generated.GeneratedEvaluator;
import dev.verdict.bench.generated.GeneratedEvaluators;
import dev.verdict.bench.synthetic.SyntheticPolicy;
import dev.verdict.codegen.JavaGenerator;
import dev.verdict.engine.InMemoryCompiler;
import dev.verdict.engine.InMemoryCompiler.CompiledClasses;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.loader.PolicyLoad;
import dev.verdict.runtime.Evaluator;
import dev.verdict.syntax.ParseResult;
import dev.verdict.syntax.SourceParser;
import java.util.List;
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
 * Time to compile the synthetic policies of {@link ScalingBenchmark} from text, stage by stage
 * (each from the previous stage's result, made once in the setup): parsing; parsing and checking;
 * the same with the analyses; generating the Java source (planning, JavaPoet, rendering to text);
 * javac in memory; javac and loading the classes. {@code toEvaluator} is the whole way from text
 * to a loaded evaluator, one compilation per iteration, as a hot reload compiles a policy;
 * {@code loaderToEvaluator} the same through the run-time loader. Both after 12 compilations
 * of warm-up: the first ones of a JVM are slower, javac's own code being still compiled.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class CompileBenchmark {

    private static final String PACKAGE = "verdict.bench";
    private static final String EVALUATOR = "BenchmarkPolicy";

    @Param({"14", "100", "1000", "10000"})
    public int rules;

    private String name;
    private String text;
    private CheckedPolicy checked;
    private List<JavaFile> files;

    @Setup
    public void setUp() {
        name = "synthetic-" + rules + ".policy";
        text = SyntheticPolicy.generate(rules, ScalingBenchmark.POLICY_SEED).text();
        checked = Policies.compile(name, text, false);
        files = generate();
        files.forEach(JavaFile::toString);
    }

    @Benchmark
    public ParseResult parse() {
        return SourceParser.parse(name, text);
    }

    @Benchmark
    public CheckedPolicy parseCheck() {
        return Policies.compile(name, text, false);
    }

    @Benchmark
    public CheckedPolicy parseCheckAnalyse() {
        return Policies.compile(name, text, true);
    }

    /** Planning and writing the evaluator and request classes, rendered to Java text. */
    @Benchmark
    public int generateJava() {
        int length = 0;
        for (JavaFile file : generate()) {
            length += file.toString().length();
        }
        return length;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public CompiledClasses javac() {
        return InMemoryCompiler.compile(files);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public Evaluator javacAndLoad() {
        return InMemoryCompiler.compile(files).evaluator(PACKAGE + "." + EVALUATOR);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 12)
    @Measurement(iterations = 10)
    public GeneratedEvaluator toEvaluator() {
        return GeneratedEvaluators.compile(Policies.compile(name, text, true));
    }

    /**
     * The whole way as a service reloads a policy: {@code PolicyLoader} checks, analyses on a
     * thread of its own while it generates and compiles, loads, and runs the policy's tests.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 12)
    @Measurement(iterations = 10)
    public PolicyLoad loaderToEvaluator() {
        return Policies.load(name, text);
    }

    private List<JavaFile> generate() {
        return new JavaGenerator().generate(checked, PACKAGE, EVALUATOR);
    }
}
