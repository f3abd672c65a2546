package dev.verdict.runtime;

/**
 * A value written as a JSON string in a form of its own (a duration, a date, a timestamp): any
 * other JSON type, or a string its reader refuses, gets the field's {@code expected} message,
 * unless {@link #refusal} words the reader's problem more precisely.
 */
abstract class TextFormDecoder extends FieldDecoder {

    private final String expected;

    /** @param expected what the field must be: {@code must be a date such as "2026-11-27"} */
    TextFormDecoder(FieldSpec field, String expected) {
        super(field);
        this.expected = expected;
    }

    /**
     * The value of {@code text}.
     *
     * @throws ValueFormatException with the problem
     */
    abstract long parse(CharSequence text);

    /** The words for a problem {@link #parse} found; by default the field's expected form. */
    String refusal(ValueFormatException.Problem problem) {
        return expected;
    }

    @Override
    final long decode(JsonType type, CharSequence text) {
        if (type != JsonType.STRING) {
            throw invalid(expected, type, text);
        }
        try {
            return parse(text);
        } catch (ValueFormatException e) {
            throw invalid(refusal(e.problem()), type, text);
        }
    }
}
