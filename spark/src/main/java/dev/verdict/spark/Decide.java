package dev.verdict.spark;

import dev.verdict.engine.ClassFiles;
import dev.verdict.request.ReaderRecipe;
import dev.verdict.request.RequestFormat;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Decides Datasets of requests with one policy, compiled once on the driver: each row of the
 * result is the request's row with one more column, {@code decision}
 * ({@link DecisionRows#DECISION}). Made by {@link Verdict#decide}; immutable.
 */
public final class Decide {

    /** The column the decision is added as. */
    public static final String COLUMN = "decision";

    private final CompiledPolicy policy;
    private final ClassFiles classes;
    private final Map<String, String> columns;

    Decide(CompiledPolicy policy, ClassFiles classes, Map<String, String> columns) {
        this.policy = policy;
        this.classes = classes;
        this.columns = Map.copyOf(columns);
    }

    /**
     * This decider, reading each field named in {@code columns} (field path to column) from
     * that column instead of the column named as the field.
     */
    public Decide withColumns(Map<String, String> columns) {
        return new Decide(policy, classes, columns);
    }

    /**
     * The decisions on {@code requests}, one row per request row; a row that is no valid
     * request gets a decision with only {@code error} set.
     *
     * @throws VerdictSparkException when a required field has no column, or a column's type
     *     cannot carry its field
     */
    public Dataset<Row> apply(Dataset<Row> requests) {
        ReaderRecipe reader = reader();
        RowRequests rowRequests = ColumnMapping.of(reader.fields(), reader.required(),
                columns, requests.schema());
        return decide(requests, rowRequests, classes, reader);
    }

    /** The decisions on JSON requests, one per row, in the first (text) column of {@code lines}. */
    public Dataset<Row> applyToJson(Dataset<Row> lines) {
        return decide(lines, new JsonTextColumn(), classes, reader());
    }

    ReaderRecipe reader() {
        RequestFormat format = RequestFormat.of(policy.policy());
        return format.recipe(format.required());
    }

    ClassFiles classes() {
        return classes;
    }

    /**
     * {@code requests} with their decisions by the first evaluator of {@code classes}, rows
     * being requests as {@code rowRequests} says, read by {@code reader}.
     */
    static Dataset<Row> decide(Dataset<Row> requests, RowRequests rowRequests,
                               ClassFiles classes, ReaderRecipe reader) {
        Broadcast<Shipment> shipment = JavaSparkContext.fromSparkContext(
                requests.sparkSession().sparkContext()).broadcast(
                new Shipment(classes, rowRequests, reader, null));
        StructType decided = requests.schema().add(COLUMN, DecisionRows.DECISION, false);
        MapPartitionsFunction<Row, Row> decide = rows -> decided(shipment.value(), rows);
        return requests.mapPartitions(decide, Encoders.row(decided));
    }

    private static Iterator<Row> decided(Shipment shipment, Iterator<Row> rows) {
        RowDecider decider = new RowDecider(shipment);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row row = rows.next();
                Object[] values = new Object[row.length() + 1];
                for (int i = 0; i < row.length(); i++) {
                    values[i] = row.get(i);
                }
                values[row.length()] = decider.decide(row);
                return RowFactory.create(values);
            }
        };
    }
}
