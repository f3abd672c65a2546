package dev.verdict.spark;

import dev.verdict.runtime.FieldKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/**
 * Which Spark column types can carry a request field of each kind, and how a value of that
 * column is written in the request's JSON form (the form {@code verdict eval} reads), so that
 * every value is checked by the same decoder as a JSON history line. A text column can carry
 * any kind, as CSV gives: for a number or true/false field its text is that JSON literal. A new
 * field kind is one more entry in {@link #KINDS}.
 *
 * @param accepted the column types other than text that carry the kind
 * @param decimals whether decimal columns carry the kind
 * @param expected how the kind is described in an error: what a column must hold
 * @param literal whether the kind's JSON form is a number or a boolean, not a string
 */
record ColumnKind(List<DataType> accepted, boolean decimals, String expected, boolean literal) {

    private static final List<DataType> WHOLE = List.of(DataTypes.LongType,
            DataTypes.IntegerType, DataTypes.ShortType, DataTypes.ByteType);

    private static final Map<FieldKind, ColumnKind> KINDS = new EnumMap<>(Map.of(
            FieldKind.ENUM, new ColumnKind(List.of(), false, "text: one of the enum's values",
                    false),
            FieldKind.MONEY, new ColumnKind(WHOLE, true,
                    "text such as \"12.50\", a decimal or a whole number", false),
            FieldKind.INT, new ColumnKind(WHOLE, false, "a whole number (or its text)", true),
            FieldKind.DURATION, new ColumnKind(List.of(), false,
                    "text such as \"14d\" or \"36h\"", false),
            FieldKind.BOOL, new ColumnKind(List.of(DataTypes.BooleanType), false,
                    "a boolean (or the text true or false)", true)));

    /** What carries fields of {@code kind}. */
    static ColumnKind of(FieldKind kind) {
        ColumnKind columnKind = KINDS.get(kind);
        if (columnKind == null) {
            throw new IllegalArgumentException("no Spark column carries fields of kind " + kind);
        }
        return columnKind;
    }

    /** Whether a column of {@code type} can carry a field of this kind. */
    boolean carries(DataType type) {
        return type.equals(DataTypes.StringType) || accepted.contains(type)
                || (decimals && type instanceof DecimalType);
    }
}
