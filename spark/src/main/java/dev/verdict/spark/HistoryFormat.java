package dev.verdict.spark;

import java.util.Locale;

/** The file formats a history can be in. */
public enum HistoryFormat {
    /** One JSON request per line, as {@code verdict simulate} reads it. */
    JSONL,
    /** Parquet files: columns carry the fields. */
    PARQUET,
    /** CSV with a header line: columns carry the fields, as text. */
    CSV;

    /**
     * The format a path's extension names: {@code .parquet}, {@code .csv}, else JSON Lines (a
     * directory of Parquet files must be named with {@code --history-format}).
     */
    public static HistoryFormat of(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        if (name.endsWith(".parquet")) {
            return PARQUET;
        }
        return name.endsWith(".csv") ? CSV : JSONL;
    }

    /** The format named {@code word} ({@code jsonl}, {@code parquet}, {@code csv}). */
    public static HistoryFormat named(String word) {
        for (HistoryFormat format : values()) {
            if (format.name().equalsIgnoreCase(word)) {
                return format;
            }
        }
        throw new VerdictSparkException("unknown history format `" + word
                + "`; help: use jsonl, parquet or csv");
    }
}
