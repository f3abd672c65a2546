package dev.verdict.bench.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Field;
import dev.verdict.schema.Kind;
import dev.verdict.schema.Schema;
import dev.verdict.source.Schemas;
import org.junit.jupiter.api.Test;

class HandRequestTest {

    @Test
    void everySchemaFieldHasAJavaFieldWithItsValueAndOptionalOnesAPresenceFlag() throws Exception {
        Schema schema = Schemas.aftersale();
        RequestValues.Builder builder = RequestValues.builder(schema.fields().size());
        for (Field field : schema.fields()) {
            if (!field.optional()) {
                builder.set(field.index(), value(field));
            }
        }
        HandRequest absent = HandRequest.of(builder.build());
        schema.fields().forEach(f -> builder.set(f.index(), value(f)));
        HandRequest present = HandRequest.of(builder.build());
        for (Field field : schema.fields()) {
            java.lang.reflect.Field java =
                    HandRequest.class.getField(HandRequest.javaName(field.path()));
            Object expected = field.type().kind() == Kind.BOOL ? (Object) true
                    : java.getType() == int.class ? (Object) (int) value(field)
                    : (Object) value(field);
            assertEquals(expected, java.get(present), field.path());
            if (field.optional()) {
                java.lang.reflect.Field flag =
                        HandRequest.class.getField(HandRequest.presenceName(field.path()));
                assertEquals(true, flag.get(present), field.path());
                assertEquals(false, flag.get(absent), field.path());
            }
        }
    }

    /** A value of the field's type, different for every field. */
    private static long value(Field field) {
        return switch (field.type().kind()) {
            case BOOL -> 1;
            case ENUM -> field.type().values().size() - 1;
            default -> field.type().max() == Long.MAX_VALUE ? 1000 + field.index()
                    : field.type().max();
        };
    }
}
