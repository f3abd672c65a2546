package dev.verdict.ir;

import dev.verdict.schema.Field;
import dev.verdict.schema.Setting;

/**
 * One side of a typed comparison; every value is a {@code long} (see {@link
 * dev.verdict.schema.Type}).
 */
public sealed interface Term {

    /** A request field; absent optional fields make the comparison unknown. */
    record FieldTerm(Field field) implements Term {
    }

    /** A literal, already converted to the field's representation. */
    record Constant(long value) implements Term {
    }

    /** A setting's effective value for the request (SPEC §5); unknown when it has none. */
    record SettingTerm(Setting setting) implements Term {
    }
}
