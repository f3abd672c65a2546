package dev.verdict.bench.lsp;

import dev.verdict.bench.ScalingBenchmark;
import dev.verdict.bench.synthetic.SyntheticPolicy;
import dev.verdict.lsp.EditorSession;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The language server's latency from an edit to its diagnostics, as an editor sees it: the
 * edit is sent over the protocol, and the clock stops when the diagnostics of that version
 * arrive — the cheap checks first ({@link #cheapChecks}), then the analysis
 * ({@link #withAnalysis}). Both include the server's debounce (75 ms), which an editor's user
 * waits for too.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class EditBenchmark {

    private static final String URI = "file:///benchmark/synthetic.policy";

    @Param({"14", "1000"})
    public int rules;

    private EditorSession editor;
    private String text;
    private int version;

    @Setup(Level.Trial)
    public void open() throws Exception {
        text = SyntheticPolicy.generate(rules, ScalingBenchmark.POLICY_SEED).text();
        editor = new EditorSession("benchmark");
        editor.open(URI, text);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        editor.close();
    }

    @Benchmark
    public Object cheapChecks() throws InterruptedException {
        return edit(1);
    }

    @Benchmark
    public Object withAnalysis() throws InterruptedException {
        return edit(2);
    }

    /** One keystroke's worth of change (a comment line that grows), then its diagnostics. */
    private Object edit(int publication) throws InterruptedException {
        editor.drain();
        version++;
        editor.change(URI, version, text + "# edit " + version + "\n");
        return editor.awaitPublication(version, publication);
    }
}
