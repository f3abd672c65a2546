package dev.verdict.bench.simulate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verdict.bench.reference.ReferencePolicy;
import dev.verdict.engine.Engines;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.request.JsonLines;
import dev.verdict.request.ParallelBlocks;
import dev.verdict.request.RequestFormat;
import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.InvalidRequestException;
import dev.verdict.runtime.RequestReader;
import dev.verdict.simulate.Simulation;
import dev.verdict.simulate.Simulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * History lines per second, side by side in one run, on a file of {@link #LINES} realistic
 * requests for the reference policy ({@link HistoryText}): a bare Jackson streaming pass that
 * reads every token (the target's baseline), {@code simulate}'s replay with the generated
 * evaluator on one thread and on every core, and the way {@code simulate} read lines before
 * (a {@code BufferedReader}, Jackson to a map, the map reader) on one thread.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class SimulateBenchmark {

    /** Lines in the history file; one benchmark operation per line. */
    public static final int LINES = 100_000;
    private static final JsonFactory JACKSON = new JsonFactory();
    private static final ObjectMapper MAPS =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private CheckedPolicy policy;
    private Evaluator evaluator;
    private Path history;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        policy = ReferencePolicy.checked();
        evaluator = Engines.compile(List.of(policy)).get(0);
        history = Files.createTempFile("history", ".jsonl");
        Files.write(history, HistoryText.generate(policy, LINES, 42));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(history);
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public void bareJackson(Blackhole sink) throws IOException {
        try (JsonParser parser = JACKSON.createParser(Files.newInputStream(history))) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                sink.consume(token == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue()
                        : parser.getTextLength());
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public Simulation simulateOneThread() throws IOException {
        return replay(new ParallelBlocks(1));
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public Simulation simulateAllCores() throws IOException {
        return replay(ParallelBlocks.allCores());
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public long mapsOneThread(Blackhole sink) throws IOException {
        RequestReader reader = RequestFormat.of(policy).reader();
        long invalid = 0;
        try (BufferedReader lines = Files.newBufferedReader(history, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                try {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> request = MAPS.readValue(line, Map.class);
                    sink.consume(evaluator.decide(reader.read(request)));
                } catch (InvalidRequestException e) {
                    invalid++;
                }
            }
        }
        return invalid;
    }

    private Simulation replay(ParallelBlocks parallel) throws IOException {
        Simulator simulator = Simulator.of(policy, evaluator);
        try (InputStream in = Files.newInputStream(history)) {
            simulator.replay(new JsonLines(in, 65_536), parallel);
        }
        Simulation simulation = simulator.result();
        if (simulation.decided() != LINES) {
            throw new IllegalStateException(simulation.invalid() + " invalid lines, e.g. "
                    + simulation.invalidLines());
        }
        return simulation;
    }
}
