package dev.verdict.runtime;

/** A string field: any JSON string, carried as its text; its long is 0. */
final class StringDecoder extends FieldDecoder {

    StringDecoder(FieldSpec field) {
        super(field);
    }

    @Override
    long decode(JsonType type, CharSequence text) {
        if (type != JsonType.STRING) {
            throw invalid("must be a string", type, text);
        }
        return 0;
    }

    @Override
    String text(CharSequence text) {
        return text.toString();
    }
}
