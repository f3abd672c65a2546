package dev.verdict.spark;

import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Obligation;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Decisions as Spark rows, with the fields and names of {@code verdict eval}'s JSON:
 * {@code outcome}, {@code args}, {@code obligations} ({@code action}, {@code args}),
 * {@code rule}, {@code line}, {@code source}, and {@code version}, the policy's content hash;
 * or, for a row that is not a valid request, only {@code error} ({@code message},
 * {@code field}).
 */
final class DecisionRows {

    private static final StructType OBLIGATION = new StructType()
            .add("action", DataTypes.StringType, false)
            .add("args", DataTypes.createArrayType(DataTypes.StringType, false), false);

    private static final StructType ERROR = new StructType()
            .add("message", DataTypes.StringType, false)
            .add("field", DataTypes.StringType, true);

    /** The type of a decision. */
    static final StructType DECISION = new StructType()
            .add("outcome", DataTypes.StringType, true)
            .add("args", DataTypes.createArrayType(DataTypes.StringType, false), true)
            .add("obligations", DataTypes.createArrayType(OBLIGATION, false), true)
            .add("rule", DataTypes.StringType, true)
            .add("line", DataTypes.IntegerType, true)
            .add("source", DataTypes.StringType, true)
            .add("version", DataTypes.StringType, true)
            .add("error", ERROR, true);

    private DecisionRows() {
    }

    /** {@code decision}, made by the policy of content hash {@code version}. */
    static Row of(Decision decision, String version) {
        List<Obligation> obligations = decision.obligations();
        Row[] obligationRows = new Row[obligations.size()];
        for (int i = 0; i < obligationRows.length; i++) {
            Obligation obligation = obligations.get(i);
            obligationRows[i] = RowFactory.create(obligation.action(),
                    obligation.args().toArray(new String[0]));
        }
        return RowFactory.create(decision.outcome(), decision.args().toArray(new String[0]),
                obligationRows, decision.rule(), decision.line(), decision.source().word(),
                version, null);
    }

    /** A row that is no valid request: why, and the field at fault (null for none). */
    static Row error(String message, String field) {
        return RowFactory.create(null, null, null, null, null, null, null,
                RowFactory.create(message, field));
    }
}
