package dev.verdict.runtime;

/** A date string ({@code "2026-11-27"}) as days since 1970-01-01 (see {@link Dates}). */
final class DateDecoder extends TextFormDecoder {

    DateDecoder(FieldSpec field) {
        super(field, "must be a date such as \"2026-11-27\"");
    }

    @Override
    long parse(CharSequence text) {
        return Dates.parseDate(text);
    }
}
