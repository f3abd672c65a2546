package dev.verdict.runtime;

/**
 * Turns one JSON value of a request into its field's {@code long} (and a string field's text),
 * or says in words what is wrong. One small subclass per {@link FieldKind}: a new kind of field
 * is one more decoder and one more line in {@link #of}. Decoders allocate nothing for a valid
 * value, except a string field's {@code String}. Immutable.
 */
abstract class FieldDecoder {

    private static final int DESCRIBED_LENGTH = 40;

    final FieldSpec field;

    FieldDecoder(FieldSpec field) {
        this.field = field;
    }

    /** The decoder of {@code field}, for requests in {@code currency} with its decimals. */
    static FieldDecoder of(FieldSpec field, String currency, int decimals) {
        return switch (field.kind()) {
            case ENUM -> new EnumDecoder(field);
            case MONEY -> new MoneyDecoder(field, currency, decimals);
            case INT -> new IntegerDecoder(field);
            case DURATION -> new DurationDecoder(field);
            case BOOL -> new BoolDecoder(field);
            case DATE -> new DateDecoder(field);
            case TIMESTAMP -> new TimestampDecoder(field);
            case STRING -> new StringDecoder(field);
        };
    }

    /**
     * The field's value.
     *
     * @param text a string's content or a number's text as written; null for other types
     * @throws InvalidRequestException naming the field, when the value does not fit it
     */
    abstract long decode(JsonType type, CharSequence text);

    /**
     * The text a string field carries, once {@link #decode} accepted the value; null for every
     * other kind of field, whose value is the long alone.
     */
    String text(CharSequence text) {
        return null;
    }

    /** "`field` PROBLEM, found VALUE". */
    final InvalidRequestException invalid(String problem, JsonType type, CharSequence text) {
        return new InvalidRequestException(field.path(), "`" + field.path() + "` " + problem
                + ", found " + describe(type, text));
    }

    /** A value found in a request, for a message: {@code "abc"}, {@code 3}, {@code an object}. */
    static String describe(JsonType type, CharSequence text) {
        return switch (type) {
            case STRING -> quoted(text);
            case NUMBER -> text.toString();
            case TRUE -> "true";
            case FALSE -> "false";
            case OBJECT -> "an object";
            case ARRAY -> "a list";
        };
    }

    private static String quoted(CharSequence text) {
        StringBuilder out = new StringBuilder();
        int end = Math.min(text.length(), DESCRIBED_LENGTH);
        end -= end < text.length() && Character.isHighSurrogate(text.charAt(end - 1)) ? 1 : 0;
        Json.string(out, text.subSequence(0, end) + (end < text.length() ? "..." : ""));
        return out.toString();
    }
}
