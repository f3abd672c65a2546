package dev.verdict.runtime;

/** A date string ({@code "2026-11-27"}) as days since 1970-01-01 (see {@link Dates}). */
final class DateDecoder extends FieldDecoder {

    private static final String EXPECTED = "must be a date such as \"2026-11-27\"";

    DateDecoder(FieldSpec field) {
        super(field);
    }

    @Override
    long decode(JsonType type, CharSequence text) {
        if (type != JsonType.STRING) {
            throw invalid(EXPECTED, type, text);
        }
        try {
            return Dates.parseDate(text);
        } catch (ValueFormatException e) {
            throw invalid(EXPECTED, type, text);
        }
    }
}
