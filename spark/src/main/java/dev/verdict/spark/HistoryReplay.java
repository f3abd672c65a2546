package dev.verdict.spark;

import java.util.Map;

/**
 * What a simulation replays: a history in a format, its column mapping (Parquet and CSV;
 * field path to column, empty for the fields' own names), how many changed requests to show
 * against a baseline, and the longest request read (as {@code --max-line-bytes}).
 */
public record HistoryReplay(String path, HistoryFormat format, Map<String, String> columns,
                            int examples, int maxLineBytes) {

    /** The default line cap of {@code verdict simulate}. */
    public static final int MAX_LINE_BYTES = 65_536;

    public HistoryReplay {
        columns = Map.copyOf(columns);
    }

    /** {@code path} in the format its extension names, with the defaults of the CLI. */
    public static HistoryReplay of(String path) {
        return new HistoryReplay(path, HistoryFormat.of(path), Map.of(), 5, MAX_LINE_BYTES);
    }
}
