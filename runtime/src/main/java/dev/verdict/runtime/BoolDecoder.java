package dev.verdict.runtime;

/** {@code true} or {@code false}, read as 1 or 0. */
final class BoolDecoder extends FieldDecoder {

    BoolDecoder(FieldSpec field) {
        super(field);
    }

    @Override
    long decode(JsonType type, CharSequence text) {
        return switch (type) {
            case TRUE -> 1;
            case FALSE -> 0;
            default -> throw invalid("must be true or false", type, text);
        };
    }
}
