package dev.verdict.runtime;

/** A duration string ({@code "3d"}, {@code "36h"}, {@code "30m"}) as whole minutes. */
final class DurationDecoder extends FieldDecoder {

    private static final String EXPECTED = "must be a duration such as \"3d\", \"36h\" or \"30m\"";

    DurationDecoder(FieldSpec field) {
        super(field);
    }

    @Override
    long decode(JsonType type, CharSequence text) {
        if (type != JsonType.STRING) {
            throw invalid(EXPECTED, type, text);
        }
        try {
            return Durations.parse(text);
        } catch (ValueFormatException e) {
            throw switch (e.problem()) {
                case NEGATIVE -> invalid("must not be negative", type, text);
                case TOO_LARGE -> invalid("is too large", type, text);
                default -> invalid(EXPECTED, type, text);
            };
        }
    }
}
