package dev.verdict.spark;

import dev.verdict.runtime.FieldSpec;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A history of past requests read by Spark, and how its rows are requests. Rows keep the order
 * of the file they come from (for one file), so row numbers are line numbers for JSON Lines
 * and data rows, from 1, for Parquet and CSV.
 */
record History(Dataset<Row> rows, RowRequests requests) {

    /**
     * Reads {@code path} in {@code format}; {@code columns} maps fields (by index,
     * {@code required} marking those a request must carry) to the columns of a Parquet or CSV
     * history.
     *
     * @throws VerdictSparkException for a column mapping that does not fit the history
     */
    static History read(SparkSession spark, String path, HistoryFormat format,
                        List<FieldSpec> fields, boolean[] required, Map<String, String> columns) {
        return switch (format) {
            case JSONL -> {
                if (!columns.isEmpty()) {
                    throw new VerdictSparkException("a column mapping applies to Parquet and CSV "
                            + "histories; help: a JSON Lines history names the fields itself");
                }
                yield new History(spark.read().option("lineSep", "\n").text(path),
                        new JsonTextColumn());
            }
            case PARQUET -> {
                Dataset<Row> rows = spark.read().parquet(path);
                yield new History(rows, ColumnMapping.of(fields, required, columns,
                        rows.schema()));
            }
            case CSV -> csv(spark, path, fields, required, columns);
        };
    }

    private static History csv(SparkSession spark, String path, List<FieldSpec> fields,
                               boolean[] required, Map<String, String> columns) {
        StructType header = spark.read().option("header", "true").csv(path).schema();
        StructType withCorrupt = header.add(CsvRows.CORRUPT, DataTypes.StringType);
        Dataset<Row> rows = spark.read().option("header", "true")
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CsvRows.CORRUPT)
                .schema(withCorrupt).csv(path);
        ColumnMapping mapping = ColumnMapping.of(fields, required, columns, header);
        return new History(rows, new CsvRows(mapping, header.length(), header.length()));
    }
}
