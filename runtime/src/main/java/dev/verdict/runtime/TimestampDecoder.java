package dev.verdict.runtime;

/**
 * A timestamp string with its offset ({@code "2026-11-27T09:30:00Z"},
 * {@code "2026-11-27T04:30-05:00"}) as milliseconds since 1970-01-01T00:00Z (see {@link Dates}).
 */
final class TimestampDecoder extends FieldDecoder {

    private static final String EXPECTED = "must be a timestamp with an offset such as "
            + "\"2026-11-27T09:30:00Z\" or \"2026-11-27T04:30-05:00\"";

    TimestampDecoder(FieldSpec field) {
        super(field);
    }

    @Override
    long decode(JsonType type, CharSequence text) {
        if (type != JsonType.STRING) {
            throw invalid(EXPECTED, type, text);
        }
        try {
            return Dates.parseTimestamp(text);
        } catch (ValueFormatException e) {
            throw e.problem() == ValueFormatException.Problem.TOO_PRECISE
                    ? invalid("has digits below the millisecond", type, text)
                    : invalid(EXPECTED, type, text);
        }
    }
}
