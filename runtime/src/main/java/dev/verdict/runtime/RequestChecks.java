package dev.verdict.runtime;

import java.util.List;

/**
 * The checks generated request classes make on their values: declared ranges, enum values and
 * required fields. Each failure is an {@link InvalidRequestException} naming the field, so that
 * a typed request is always one the evaluators can decide.
 */
public final class RequestChecks {

    private RequestChecks() {
    }

    /** {@code value} when it lies in the field's declared range (an enum's ordinals). */
    public static long checked(FieldSpec field, long value) {
        long max = field.kind() == FieldKind.ENUM ? field.enumValues().size() - 1 : field.max();
        if (value < field.min() || value > max) {
            throw new InvalidRequestException(field.path(), "`" + field.path() + "` must be "
                    + range(field, max) + ", found " + value);
        }
        return value;
    }

    /** The ordinal of an enum value spelled as in policies ({@code "return_and_refund"}). */
    public static int ordinal(FieldSpec field, String value) {
        int ordinal = value == null ? -1 : field.enumValues().indexOf(value);
        if (ordinal < 0) {
            throw new InvalidRequestException(field.path(), "`" + field.path() + "` must be one of "
                    + String.join(", ", field.enumValues()) + ", found " + value);
        }
        return ordinal;
    }

    /** The ordinal of a generated enum constant; null is refused like an unknown value. */
    public static int ordinal(FieldSpec field, Enum<?> value) {
        if (value == null) {
            return ordinal(field, (String) null);
        }
        return (int) checked(field, value.ordinal());
    }

    /**
     * Checks that every field {@code required} marks was {@code given}, in field order.
     *
     * @throws InvalidRequestException naming the first missing field
     */
    public static void requireGiven(List<FieldSpec> fields, boolean[] required, boolean[] given) {
        for (int i = 0; i < required.length; i++) {
            if (required[i] && !given[i]) {
                String path = fields.get(i).path();
                throw new InvalidRequestException(path, "request lacks required field `" + path
                        + "`");
            }
        }
    }

    /** Checks that a request of flat values has one value slot per field of the schema. */
    public static void checkSize(List<FieldSpec> fields, RequestValues values) {
        if (values.size() != fields.size()) {
            throw new IllegalArgumentException("a request of " + values.size()
                    + " fields, but the schema has " + fields.size());
        }
    }

    private static String range(FieldSpec field, long max) {
        if (field.kind() == FieldKind.ENUM) {
            return "an ordinal from 0 to " + max;
        }
        if (max == Long.MAX_VALUE) {
            return "at least " + field.min();
        }
        return "between " + field.min() + " and " + max;
    }
}
