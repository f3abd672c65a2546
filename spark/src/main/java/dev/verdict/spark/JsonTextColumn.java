package dev.verdict.spark;

import org.apache.spark.sql.Row;

/**
 * The rows of a JSON Lines history read as text (lines split at {@code \n} only): the one
 * column holds a line, which is the request (or a decision log's line) as written; a
 * {@code \r} before the line end is dropped, as {@code verdict simulate} drops it.
 */
final class JsonTextColumn implements RowRequests {

    private static final long serialVersionUID = 1L;

    @Override
    public String write(Row row, JsonBuffer out) {
        out.clear();
        String line = row.getString(0);
        int end = line.endsWith("\r") ? line.length() - 1 : line.length();
        out.text(line, end);
        return null;
    }
}
