package dev.verdict.spark;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of {@link SimulateJob}: those of {@code verdict simulate} that apply, and the
 * Spark ones. Throws {@link VerdictSparkException} for a missing or malformed argument.
 */
record JobOptions(Path policy, String history, HistoryFormat historyFormat, Path baseline,
                  boolean json, int examples, int maxLineBytes, Map<String, String> columns,
                  String decisions, String master) {

    /** How to call the job, shown with an argument error. */
    static final String USAGE = "usage: SimulateJob POLICY --history FILE [--baseline OLD] "
            + "[--format human|json] [--examples N] [--history-format jsonl|parquet|csv] "
            + "[--column FIELD=COLUMN]... [--decisions OUT.parquet] [--max-line-bytes BYTES] "
            + "[--master URL]";

    static JobOptions parse(List<String> args) {
        Path policy = null;
        String history = null;
        HistoryFormat format = null;
        Path baseline = null;
        boolean json = false;
        int examples = 5;
        int maxLineBytes = HistoryReplay.MAX_LINE_BYTES;
        Map<String, String> columns = new LinkedHashMap<>();
        String decisions = null;
        String master = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                if (policy != null) {
                    throw usage("one policy only, but got `" + policy + "` and `" + arg + "`");
                }
                policy = Path.of(arg);
                continue;
            }
            String value = ++i < args.size() ? args.get(i) : null;
            if (value == null) {
                throw usage("option " + arg + " needs a value");
            }
            switch (arg) {
                case "--history" -> history = value;
                case "--history-format" -> format = HistoryFormat.named(value);
                case "--baseline" -> baseline = Path.of(value);
                case "--format" -> json = format(value);
                case "--examples" -> examples = count(arg, value);
                case "--max-line-bytes" -> maxLineBytes = count(arg, value);
                case "--column" -> column(value, columns);
                case "--decisions" -> decisions = value;
                case "--master" -> master = value;
                default -> throw usage("unknown option " + arg);
            }
        }
        if (policy == null || history == null) {
            throw usage("a policy and --history are required");
        }
        return new JobOptions(policy, history, format == null ? HistoryFormat.of(history)
                : format, baseline, json, examples, maxLineBytes, columns, decisions, master);
    }

    HistoryReplay replay() {
        return new HistoryReplay(history, historyFormat, columns, examples, maxLineBytes);
    }

    private static boolean format(String value) {
        if (!value.equals("human") && !value.equals("json")) {
            throw usage("--format must be human or json, not `" + value + "`");
        }
        return value.equals("json");
    }

    private static int count(String option, String value) {
        try {
            int count = Integer.parseInt(value);
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw usage(option + " must be a whole number, 0 or more, not `" + value + "`");
    }

    private static void column(String value, Map<String, String> columns) {
        int equals = value.indexOf('=');
        if (equals <= 0 || equals == value.length() - 1) {
            throw usage("--column takes FIELD=COLUMN, not `" + value + "`");
        }
        columns.put(value.substring(0, equals), value.substring(equals + 1));
    }

    private static VerdictSparkException usage(String problem) {
        return new VerdictSparkException(problem + "\n" + USAGE);
    }
}
