package dev.verdict.runtime;

import java.util.HashMap;
import java.util.Map;

/** An enum value: a string naming one of the field's values, read as its ordinal. */
final class EnumDecoder extends FieldDecoder {

    private final NameTable ordinals;
    private final String expected;

    EnumDecoder(FieldSpec field) {
        super(field);
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < field.enumValues().size(); i++) {
            byName.put(field.enumValues().get(i), i);
        }
        this.ordinals = new NameTable(byName);
        this.expected = String.join(", ", field.enumValues());
    }

    @Override
    long decode(JsonType type, CharSequence text) {
        if (type != JsonType.STRING) {
            throw invalid("must be one of: " + expected, type, text);
        }
        int ordinal = ordinals.find(text);
        if (ordinal == NameTable.ABSENT) {
            throw new InvalidRequestException(field.path(), "unknown value `" + text + "` for `"
                    + field.path() + "` (expected one of: " + expected + ")");
        }
        return ordinal;
    }
}
