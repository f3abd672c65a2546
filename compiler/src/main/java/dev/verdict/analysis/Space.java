package dev.verdict.analysis;

import dev.verdict.schema.Field;
import dev.verdict.schema.Schema;
import java.util.List;

/**
 * The requests a schema allows, as the analysis sees them: each field's full {@link Domain}
 * (declared ranges count: money is never negative, {@code buyer.credit_score} is 0..100), and
 * the {@link Budget} every region operation draws on.
 */
final class Space {

    private final Schema schema;
    private final Domain[] full;
    private final Budget budget;
    private final Cube all;

    Space(Schema schema, Budget budget) {
        this.schema = schema;
        this.budget = budget;
        List<Field> fields = schema.fields();
        this.full = new Domain[fields.size()];
        for (Field field : fields) {
            full[field.index()] = Domain.full(field);
        }
        this.all = new Cube(this);
    }

    Schema schema() {
        return schema;
    }

    Budget budget() {
        return budget;
    }

    int size() {
        return full.length;
    }

    Field field(int index) {
        return schema.fields().get(index);
    }

    Domain full(int field) {
        return full[field];
    }

    /** The cube of every request. */
    Cube all() {
        return all;
    }
}
