package dev.verdict.spark;

import dev.verdict.engine.Engines;
import dev.verdict.request.JsonLines;
import dev.verdict.request.ParallelBlocks;
import dev.verdict.request.RequestFormat;
import dev.verdict.simulate.Simulation;
import dev.verdict.simulate.Simulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Rows per second of the Spark job on {@code local[*]} against {@code verdict simulate} on
 * every core, on the same generated history of the refunds policy, for 10^5 and 10^6 rows
 * (10^7 too with the argument {@code slow}; only 10^5 with {@code smoke}): {@code simulate}
 * over the JSON Lines file, the Spark job over the same file and over a Parquet copy. Timed
 * outside JMH (a pass over 10^7 rows is too long for JMH iterations); the Spark session is
 * started before timing; each pass is a whole simulation (the policy compiled, the history
 * read and decided, the report built); the best of two passes, one pass from 10^7 rows.
 * Every pass must decide every row. Run by {@code spark/benchmark}; prints one Markdown table
 * row per size.
 */
public final class SparkScaling {

    private static final Path POLICY =
            Path.of("examples/service/src/main/verdict/refunds.policy");
    private static final int BLOCK = 100_000;

    private SparkScaling() {
    }

    public static void main(String[] args) throws IOException {
        String size = args.length > 0 ? args[0] : "";
        int largest = size.equals("slow") ? 100 : size.equals("smoke") ? 1 : 10;
        Path dir = Files.createDirectories(Path.of("spark/target/scaling"));
        CompiledPolicy policy = CompiledPolicy.of(POLICY);
        String block = Histories.generate(RequestFormat.of(policy.policy()).fields(), BLOCK, 42);
        int cores = Runtime.getRuntime().availableProcessors();
        SparkSession spark = SparkSession.builder().master("local[*]").appName("scaling")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        System.out.println("| rows | simulate, " + cores + " threads | Spark JSONL | "
                + "Spark Parquet | Spark JSONL per core | Spark Parquet per core | "
                + "Spark JSONL × simulate |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int copies = 1; copies <= largest; copies *= 10) {
            long rows = (long) BLOCK * copies;
            Path jsonl = write(dir.resolve("history-" + rows + ".jsonl"), block, copies);
            String parquet = dir.resolve("history-" + rows + ".parquet").toString();
            spark.read().json(jsonl.toString()).write().mode("overwrite").parquet(parquet);
            int passes = copies >= 100 ? 1 : 2;
            double local = best(() -> simulate(policy, jsonl), rows, passes);
            double json = best(() -> spark(spark, policy, jsonl.toString(),
                    HistoryFormat.JSONL), rows, passes);
            double columns = best(() -> spark(spark, policy, parquet, HistoryFormat.PARQUET),
                    rows, passes);
            System.out.printf("| %,d | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f | %.2f |%n", rows,
                    local, json, columns, json / cores, columns / cores, json / local);
        }
        spark.stop();
    }

    private interface Pass {
        long run() throws IOException;
    }

    /** Rows per second of the fastest of {@code passes} passes, each deciding every row. */
    private static double best(Pass pass, long rows, int passes) throws IOException {
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < passes; i++) {
            long start = System.nanoTime();
            long decided = pass.run();
            fastest = Math.min(fastest, System.nanoTime() - start);
            if (decided != rows) {
                throw new IllegalStateException(decided + " of " + rows + " rows decided");
            }
        }
        return rows * 1e9 / fastest;
    }

    private static long simulate(CompiledPolicy policy, Path history) throws IOException {
        Simulator simulator = Simulator.of(policy.policy(),
                Engines.compile(List.of(policy.policy())).get(0));
        try (InputStream in = Files.newInputStream(history)) {
            simulator.replay(new JsonLines(in, HistoryReplay.MAX_LINE_BYTES),
                    ParallelBlocks.allCores());
        }
        return simulator.result().decided();
    }

    private static long spark(SparkSession spark, CompiledPolicy policy, String history,
                              HistoryFormat format) {
        Simulation simulation = SparkSimulation.of(policy, null, 5, HistoryReplay.MAX_LINE_BYTES)
                .run(spark, new HistoryReplay(history, format, Map.of(), 5,
                        HistoryReplay.MAX_LINE_BYTES));
        return simulation.decided();
    }

    private static Path write(Path file, String block, int copies) throws IOException {
        byte[] bytes = block.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < copies; i++) {
                out.write(bytes);
            }
        }
        return file;
    }
}
