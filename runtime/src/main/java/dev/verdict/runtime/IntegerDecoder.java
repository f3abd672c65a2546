package dev.verdict.runtime;

/**
 * A whole JSON number within the field's declared range. A number beyond a {@code long} is out
 * of range, and said so, not read as some other value.
 */
final class IntegerDecoder extends FieldDecoder {

    IntegerDecoder(FieldSpec field) {
        super(field);
    }

    @Override
    long decode(JsonType type, CharSequence text) {
        if (type != JsonType.NUMBER || !isWhole(text)) {
            throw invalid("must be an integer", type, text);
        }
        boolean negative = text.charAt(0) == '-';
        long number = 0;
        for (int i = negative ? 1 : 0; i < text.length(); i++) {
            int digit = text.charAt(i) - '0';
            if (number < (Long.MIN_VALUE + digit) / 10) {
                throw outOfLongRange(negative, type, text);
            }
            number = number * 10 - digit;
        }
        if (!negative) {
            if (number == Long.MIN_VALUE) {
                throw outOfLongRange(false, type, text);
            }
            number = -number;
        }
        if (number < field.min() || number > field.max()) {
            throw invalid("must be " + range(), type, text);
        }
        return number;
    }

    /** A whole number too large for a {@code long}: the range when it has a bound there. */
    private InvalidRequestException outOfLongRange(boolean negative, JsonType type,
                                                   CharSequence text) {
        boolean unbounded = negative ? field.min() == Long.MIN_VALUE
                : field.max() == Long.MAX_VALUE;
        return invalid(unbounded ? "is out of range (" + range() + " and at most 19 digits)"
                : "must be " + range(), type, text);
    }

    private static boolean isWhole(CharSequence text) {
        int start = text.length() > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (start == text.length()) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private String range() {
        if (field.max() == Long.MAX_VALUE) {
            return "at least " + field.min();
        }
        if (field.min() == Long.MIN_VALUE) {
            return "at most " + field.max();
        }
        return "between " + field.min() + " and " + field.max();
    }
}
