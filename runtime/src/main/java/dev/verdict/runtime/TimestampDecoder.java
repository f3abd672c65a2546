package dev.verdict.runtime;

/**
 * A timestamp string with its offset ({@code "2026-11-27T09:30:00Z"},
 * {@code "2026-11-27T04:30-05:00"}) as milliseconds since 1970-01-01T00:00Z (see {@link Dates}).
 */
final class TimestampDecoder extends TextFormDecoder {

    TimestampDecoder(FieldSpec field) {
        super(field, "must be a timestamp with an offset such as \"2026-11-27T09:30:00Z\" or "
                + "\"2026-11-27T04:30-05:00\"");
    }

    @Override
    long parse(CharSequence text) {
        return Dates.parseTimestamp(text);
    }

    @Override
    String refusal(ValueFormatException.Problem problem) {
        return problem == ValueFormatException.Problem.TOO_PRECISE
                ? "has digits below the millisecond" : super.refusal(problem);
    }
}
