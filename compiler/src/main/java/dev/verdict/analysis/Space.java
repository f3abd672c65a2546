package dev.verdict.analysis;

import dev.verdict.schema.Field;
import dev.verdict.schema.Kind;
import dev.verdict.schema.Schema;
import java.util.List;

/**
 * The requests a schema allows, as the analysis sees them: each field's full {@link Domain}
 * (declared ranges count: money is never negative, {@code buyer.credit_score} is 0..100; a
 * string field is an enum of the strings the policy names, see {@link TextValues}), and the
 * {@link Budget} every region operation draws on.
 */
final class Space {

    private final Schema schema;
    private final Domain[] full;
    private final Budget budget;
    private final TextValues texts;
    private final Cube all;

    Space(Schema schema, Budget budget) {
        this(schema, budget, TextValues.none());
    }

    Space(Schema schema, Budget budget, TextValues texts) {
        this.schema = schema;
        this.budget = budget;
        this.texts = texts;
        List<Field> fields = schema.fields();
        this.full = new Domain[fields.size()];
        for (Field field : fields) {
            full[field.index()] = field.type().kind() == Kind.STRING
                    ? new Domain(true, field.optional(), texts.all(field), 0, -1)
                    : Domain.full(field);
        }
        this.all = new Cube(this);
    }

    TextValues texts() {
        return texts;
    }

    /** The number of values of an enumerated field (an enum, or a string's literals + 1). */
    int valueCount(int field) {
        Field f = field(field);
        return f.type().kind() == Kind.STRING ? texts.count(f) : f.type().values().size();
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
