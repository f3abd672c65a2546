package dev.verdict.spark;

import dev.verdict.simulate.Simulation;
import dev.verdict.simulate.SimulationJson;
import dev.verdict.simulate.SimulationText;
import java.io.PrintStream;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark application behind {@code verdict simulate --engine spark}, and what
 * {@code spark-submit} runs on a cluster: replays a history through a policy (and a baseline)
 * and prints the report of {@code verdict simulate}, text or JSON; with
 * {@code --decisions OUT}, also writes every request's decision as Parquet. Exit codes as
 * {@code verdict simulate}: 0, 1 when a policy has errors or some row was not a valid request,
 * 2 for usage and I/O errors. Without {@code --master} (and without one from
 * {@code spark-submit}) it runs on {@code local[*]}.
 */
public final class SimulateJob {

    private SimulateJob() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (VerdictSparkException e) {
            err.println("verdict: " + e.getMessage());
            return e.exitCode();
        }
        SparkSimulation simulation;
        try {
            simulation = SparkSimulation.of(CompiledPolicy.of(options.policy()),
                    options.baseline() == null ? null : CompiledPolicy.of(options.baseline()),
                    options.examples(), options.maxLineBytes());
        } catch (VerdictSparkException e) {
            err.println("verdict: " + e.getMessage());
            return e.exitCode();
        }
        SparkSession spark = session(options.master());
        try {
            Simulation result = simulation.run(spark, options.replay());
            if (options.decisions() != null) {
                simulation.decisions(spark, options.replay()).write().mode(SaveMode.ErrorIfExists)
                        .parquet(options.decisions());
            }
            out.print(options.json() ? SimulationJson.render(result) + "\n"
                    : SimulationText.render(result));
            out.flush();
            return result.invalid() > 0 ? 1 : 0;
        } catch (VerdictSparkException e) {
            err.println("verdict: " + e.getMessage());
            return e.exitCode();
        } catch (RuntimeException e) {
            err.println("verdict: the Spark job failed: " + firstLine(e));
            return 2;
        } finally {
            spark.stop();
        }
    }

    /** The session {@code spark-submit} configured, or a local one on every core. */
    private static SparkSession session(String master) {
        SparkSession.Builder builder = SparkSession.builder().appName("verdict simulate");
        if (master != null) {
            builder.master(master);
        } else if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]").config("spark.ui.enabled", "false");
        }
        return builder.getOrCreate();
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
