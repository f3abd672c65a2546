package dev.verdict.spark;

import dev.verdict.runtime.FieldSpec;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Which column of a history carries each field of the policy's schema: by default the column
 * named as the field ({@code amount}; {@code order.status} as a top-level column of that name
 * or the field {@code status} of a struct column {@code order}), or the column a declaration
 * names instead. Checked against the history's schema once, on the driver: a column that a
 * required field needs and the history lacks, or one whose type cannot carry its field
 * ({@link ColumnKind}), is an error naming the column, its type and the type expected. Writes
 * each row as the JSON request {@code verdict eval} would read, so the same decoder checks
 * every value; columns that carry no field are not read.
 */
final class ColumnMapping implements RowRequests {

    private static final long serialVersionUID = 1L;

    /** How one field is read from a row: by position, through structs. */
    private record Column(String field, int[] positions, Value value, boolean literal)
            implements Serializable {
    }

    /** How a column's values are written. */
    private enum Value { TEXT, WHOLE, DECIMAL, BOOLEAN }

    private final List<Column> columns;

    private ColumnMapping(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /**
     * The mapping of {@code fields} (by index; {@code required} marks those a request must
     * carry) to the columns of {@code schema}, {@code declared} naming a column for a field
     * where it differs from the field's name.
     *
     * @throws VerdictSparkException for a declaration of no field, a required field without
     *     its column, or a column of a type that cannot carry its field
     */
    static ColumnMapping of(List<FieldSpec> fields, boolean[] required,
                            Map<String, String> declared, StructType schema) {
        for (String field : declared.keySet()) {
            if (fields.stream().noneMatch(spec -> spec.path().equals(field))) {
                throw new VerdictSparkException("the column mapping names field `" + field
                        + "`, which the schema lacks; help: map one of "
                        + fields.stream().map(spec -> "`" + spec.path() + "`").toList());
            }
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec field = fields.get(i);
            String name = declared.getOrDefault(field.path(), field.path());
            ColumnKind kind = ColumnKind.of(field.kind());
            List<Integer> positions = new ArrayList<>();
            DataType type = find(schema, name, positions);
            if (type == null) {
                if (required[i]) {
                    throw new VerdictSparkException("the history has no column `" + name
                            + "` for the required field `" + field.path() + "` ("
                            + kind.expected() + "); help: add the column, or map the field to "
                            + "another one (`" + field.path() + "=COLUMN`)");
                }
                continue;
            }
            if (!kind.carries(type)) {
                throw new VerdictSparkException("column `" + name + "` has type "
                        + type.simpleString() + ", which cannot carry field `" + field.path()
                        + "`; expected " + kind.expected());
            }
            columns.add(new Column(field.path(),
                    positions.stream().mapToInt(Integer::intValue).toArray(), value(type),
                    kind.literal()));
        }
        return new ColumnMapping(columns);
    }

    /** The type of the column {@code name} (its positions added), or null when none. */
    private static DataType find(StructType schema, String name, List<Integer> positions) {
        int at = List.of(schema.fieldNames()).indexOf(name);
        if (at >= 0) {
            positions.add(at);
            return schema.fields()[at].dataType();
        }
        int dot = name.indexOf('.');
        if (dot < 0) {
            return null;
        }
        at = List.of(schema.fieldNames()).indexOf(name.substring(0, dot));
        if (at < 0) {
            return null;
        }
        StructField struct = schema.fields()[at];
        if (!(struct.dataType() instanceof StructType nested)) {
            return null;
        }
        positions.add(at);
        return find(nested, name.substring(dot + 1), positions);
    }

    private static Value value(DataType type) {
        if (type.equals(DataTypes.StringType)) {
            return Value.TEXT;
        }
        if (type.equals(DataTypes.BooleanType)) {
            return Value.BOOLEAN;
        }
        return type instanceof DecimalType ? Value.DECIMAL : Value.WHOLE;
    }

    /** A null value is an absent field. */
    @Override
    public String write(Row row, JsonBuffer out) {
        out.clear();
        out.ascii('{');
        boolean first = true;
        for (Column column : columns) {
            Row holder = row;
            int[] positions = column.positions();
            int last = positions.length - 1;
            for (int p = 0; p < last && holder != null; p++) {
                holder = holder.isNullAt(positions[p]) ? null : holder.getStruct(positions[p]);
            }
            if (holder == null || holder.isNullAt(positions[last])) {
                continue;
            }
            out.ascii(first ? "" : ",").string(column.field()).ascii(':');
            first = false;
            write(holder, positions[last], column, out);
        }
        out.ascii('}');
        return null;
    }

    private static void write(Row holder, int position, Column column, JsonBuffer out) {
        switch (column.value()) {
            case TEXT -> {
                String text = holder.getString(position);
                if (column.literal() && JsonLiterals.isLiteral(text)) {
                    out.ascii(text);
                } else {
                    out.string(text);
                }
            }
            case WHOLE -> out.number(((Number) holder.get(position)).longValue());
            case DECIMAL -> out.string(((BigDecimal) holder.getDecimal(position))
                    .toPlainString());
            case BOOLEAN -> out.ascii(holder.getBoolean(position) ? "true" : "false");
        }
    }
}
