package dev.verdict.analysis;

import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The requests of a tiny schema worth enumerating: per field, values that stand for every value
 * that behaves alike in the policies its generator makes (a {@code Long}, a string's text, or
 * null for absence). The last value of an ordered field stands for every larger one.
 */
final class TinyRequests {

    /**
     * {@code request}, {@code kind}: 3 values each; {@code count}: optional 0..4; {@code score}
     * 0..7; {@code amount} 0.00..0.06 (see {@link TinyPolicies}).
     */
    static final TinyRequests TINY = new TinyRequests(Ir.TINY, new Object[][] {
        {0L, 1L, 2L}, {0L, 1L, 2L}, {null, 0L, 1L, 2L, 3L, 4L},
        {0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L}, {0L, 1L, 2L, 3L, 4L, 5L, 6L}});
    /** {@code request}, then the string, date and timestamp of {@link DatedAtoms}. */
    static final TinyRequests DATED = new TinyRequests(Ir.DATED, new Object[][] {
        {0L, 1L, 2L}, DatedAtoms.texts(), DatedAtoms.days(false), DatedAtoms.days(true),
        DatedAtoms.instants()});

    private final Schema schema;
    private final Object[][] values;
    private final List<RequestValues> every;

    private TinyRequests(Schema schema, Object[][] values) {
        this.schema = schema;
        this.values = values;
        this.every = new ArrayList<>();
        collect(0, RequestValues.builder(values.length));
    }

    /** The enumeration of a policy's schema. */
    static TinyRequests of(Schema schema) {
        return Stream.of(TINY, DATED).filter(r -> r.schema == schema).findFirst().orElseThrow();
    }

    /** Every request whose field {@code i} takes one of the values enumerated for it. */
    List<RequestValues> every() {
        return every;
    }

    /** Whether field {@code index} has the largest value enumerated, standing for all larger. */
    boolean atTop(RequestValues request, int index) {
        Object[] field = values[index];
        return request.isPresent(index)
                && field[field.length - 1].equals(request.value(index));
    }

    private void collect(int field, RequestValues.Builder builder) {
        if (field == values.length) {
            every.add(builder.build());
            return;
        }
        for (Object value : values[field]) {
            if (value == null) {
                builder.clear(field);
            } else if (value instanceof String text) {
                builder.setText(field, text);
            } else {
                builder.set(field, (Long) value);
            }
            collect(field + 1, builder);
        }
    }
}
