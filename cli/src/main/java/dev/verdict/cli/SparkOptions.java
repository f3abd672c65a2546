package dev.verdict.cli;

import dev.verdict.engine.Engine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code simulate}'s own {@code --engine}, which adds {@code spark} to the global engines, and
 * the options that only the Spark engine takes (see docs/spark.md).
 */
final class SparkOptions {

    /** What decides a simulation's requests. */
    enum SimulateEngine { COMPILED, INTERPRETED, SPARK }

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "compiled or interpreted (as the global --engine), or spark: "
                    + "replay the history on Apache Spark.")
    private SimulateEngine engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: the Spark master (default local[*]).")
    private String master;

    @Option(names = "--history-format", paramLabel = "FORMAT",
            description = "With --engine spark: jsonl, parquet or csv (default: by the "
                    + "history's extension).")
    private String historyFormat;

    @Option(names = "--column", paramLabel = "FIELD=COLUMN",
            description = "With --engine spark: read FIELD from COLUMN of a Parquet or CSV "
                    + "history (repeatable).")
    private List<String> columns = new ArrayList<>();

    @Option(names = "--decisions", paramLabel = "OUT",
            description = "With --engine spark: also write each request's decision as Parquet.")
    private Path decisions;

    boolean spark() {
        return engine == SimulateEngine.SPARK;
    }

    /** The engine for evaluators when {@code simulate --engine} names one; else null. */
    Engine localEngine() {
        refuseSparkOnly();
        return engine == null || spark() ? null : Engine.valueOf(engine.name());
    }

    /** The Spark-only arguments of the job, as it takes them. */
    List<String> jobArguments() {
        List<String> args = new ArrayList<>();
        add(args, "--master", master);
        add(args, "--history-format", historyFormat);
        columns.forEach(column -> add(args, "--column", column));
        add(args, "--decisions", decisions == null ? null : decisions.toString());
        return args;
    }

    /** Refuses {@code option}, which the Spark engine does not take, when it is given. */
    void refuseWithSpark(String option, boolean given) {
        if (given) {
            throw new ParameterException(spec.commandLine(),
                    option + " is not available with --engine spark");
        }
    }

    private void refuseSparkOnly() {
        if (master != null || historyFormat != null || !columns.isEmpty() || decisions != null) {
            throw new ParameterException(spec.commandLine(), "--master, --history-format, "
                    + "--column and --decisions need --engine spark");
        }
    }

    private static void add(List<String> args, String option, String value) {
        if (value != null) {
            args.add(option);
            args.add(value);
        }
    }
}
