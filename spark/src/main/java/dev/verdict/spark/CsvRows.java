package dev.verdict.spark;

import org.apache.spark.sql.Row;

/**
 * The rows of a CSV history: a row whose number of values differs from the header's is no
 * request, and is reported with its text (Spark keeps it in the column {@link #CORRUPT});
 * others are requests by their {@link ColumnMapping}.
 */
final class CsvRows implements RowRequests {

    /** The column Spark puts a malformed row's text in. */
    static final String CORRUPT = "_corrupt_record";

    private static final long serialVersionUID = 1L;

    private final ColumnMapping columns;
    private final int corrupt;
    private final int width;

    CsvRows(ColumnMapping columns, int corrupt, int width) {
        this.columns = columns;
        this.corrupt = corrupt;
        this.width = width;
    }

    @Override
    public String write(Row row, JsonBuffer out) {
        if (!row.isNullAt(corrupt)) {
            return "the row does not have the " + width + " values of the header: "
                    + row.getString(corrupt);
        }
        return columns.write(row, out);
    }
}
