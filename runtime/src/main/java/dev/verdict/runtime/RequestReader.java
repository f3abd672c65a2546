package dev.verdict.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads requests into {@link RequestValues}: JSON text (through a {@link RequestParser}, with no
 * tree in between) or a map-shaped request (nested maps, for dynamic callers). Dotted paths may
 * be nested objects ({@code {"buyer": {"refunds_30d": 0}}}) or flat keys
 * ({@code "buyer.refunds_30d": 0}); {@code null} means absent. A missing required field, an
 * unknown field, a field given twice (a duplicate JSON key among them) or a value of the wrong
 * type throws {@link InvalidRequestException} naming the field. Pass-through fields (ids such as
 * {@code order_id} that nothing decides on) are skipped whatever their value, and so are unknown
 * fields under {@link UnknownFields#IGNORE}. Both forms refuse the same requests with the same
 * messages. Immutable and thread-safe.
 */
public final class RequestReader {

    private final List<FieldSpec> fields;
    private final boolean[] required;
    private final FieldDecoder[] decoders;
    private final FieldPaths paths;
    private final Set<String> passthrough;
    private final UnknownFields unknown;

    /**
     * @param fields the schema's fields; a field's position is its index in requests
     * @param currency the policy currency's code, which money may carry ({@code "5.00 USD"})
     * @param currencyDecimals the decimals of that currency (USD 2, JPY 0)
     * @param required by field index: the fields a request must carry
     */
    public RequestReader(List<FieldSpec> fields, String currency, int currencyDecimals,
                         boolean[] required) {
        this(fields, currency, currencyDecimals, required, Set.of(), UnknownFields.REJECT);
    }

    /**
     * A reader that also skips the {@code passthrough} paths, and does with other unknown
     * fields what {@code unknown} says.
     */
    public RequestReader(List<FieldSpec> fields, String currency, int currencyDecimals,
                         boolean[] required, Set<String> passthrough, UnknownFields unknown) {
        if (required.length != fields.size()) {
            throw new IllegalArgumentException("required has " + required.length + " entries for "
                    + fields.size() + " fields");
        }
        this.fields = List.copyOf(fields);
        this.required = required.clone();
        this.decoders = new FieldDecoder[this.fields.size()];
        for (int i = 0; i < decoders.length; i++) {
            decoders[i] = FieldDecoder.of(this.fields.get(i), currency, currencyDecimals);
        }
        this.passthrough = Set.copyOf(passthrough);
        this.unknown = unknown;
        this.paths = new FieldPaths(this.fields, this.passthrough);
    }

    /** Whether a key at {@code path} that names no field is skipped rather than refused. */
    boolean skips(String path) {
        return unknown == UnknownFields.IGNORE || passthrough.contains(path);
    }

    /** The fields this reader knows, by index. */
    public List<FieldSpec> fields() {
        return fields;
    }

    /** Whether a request must carry the field with this index. */
    public boolean isRequired(int field) {
        return required[field];
    }

    /** A parser of JSON requests for one thread, reusing its buffers from request to request. */
    public RequestParser parser() {
        return new RequestParser(this, paths, decoders);
    }

    /**
     * The request written as JSON in {@code json}.
     *
     * @throws InvalidRequestException naming the field, or with no field for text that is not
     *     one JSON object
     */
    public RequestValues read(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return read(bytes, 0, bytes.length);
    }

    /** The request written as JSON in UTF-8 {@code bytes[from, to)}; see {@link #read(String)}. */
    public RequestValues read(byte[] bytes, int from, int to) {
        // a parser's values are valid until its next read; this parser has none, so they are
        // the caller's without a copy
        return parser().read(bytes, from, to);
    }

    /** The request's values by field index. */
    public RequestValues read(Map<String, ?> request) {
        RequestValues.Builder values = RequestValues.builder(fields.size());
        boolean[] given = new boolean[fields.size()];
        boolean[] groupGiven = new boolean[paths.groupCount()];
        readObject(FieldPaths.ROOT, request, values, given, groupGiven);
        RequestValues read = values.build();
        boolean[] present = new boolean[fields.size()];
        for (int i = 0; i < present.length; i++) {
            present[i] = read.isPresent(i);
        }
        requireFields(present);
        return read;
    }

    /** @throws InvalidRequestException naming the first required field not present */
    void requireFields(boolean[] present) {
        RequestChecks.requireGiven(fields, required, present);
    }

    private void readObject(int group, Map<?, ?> object, RequestValues.Builder values,
                            boolean[] given, boolean[] groupGiven) {
        for (Map.Entry<?, ?> entry : object.entrySet()) {
            String key = String.valueOf(entry.getKey());
            int found = paths.find(group, key);
            String path = paths.path(group, key);
            Object value = entry.getValue();
            if (found == FieldPaths.UNKNOWN) {
                if (skips(path)) {
                    continue;
                }
                throw new InvalidRequestException(path, "unknown field `" + path + "`");
            }
            if (!FieldPaths.isGroup(found)) {
                if (given[found]) {
                    throw new InvalidRequestException(path, "field `" + path + "` is given twice");
                }
                given[found] = true;
                if (value != null) {
                    CharSequence text = textOf(value);
                    values.set(found, decoders[found].decode(typeOf(value), text));
                    String string = decoders[found].text(text);
                    if (string != null) {
                        values.setText(found, string);
                    }
                }
                continue;
            }
            int inner = FieldPaths.group(found);
            if (groupGiven[inner]) {
                throw new InvalidRequestException(path, "`" + path + "` is given twice");
            }
            groupGiven[inner] = true;
            if (value instanceof Map<?, ?> nested) {
                readObject(inner, nested, values, given, groupGiven);
            } else if (value != null) {
                throw new InvalidRequestException(path, "`" + path + "` must be an object, found "
                        + FieldDecoder.describe(typeOf(value), textOf(value)));
            }
        }
    }

    /** The JSON type of a map value; an object of another class counts as its string form. */
    private static JsonType typeOf(Object value) {
        if (value instanceof Boolean bool) {
            return bool ? JsonType.TRUE : JsonType.FALSE;
        }
        if (value instanceof Number) {
            return JsonType.NUMBER;
        }
        if (value instanceof Map<?, ?>) {
            return JsonType.OBJECT;
        }
        if (value instanceof Collection<?> || value instanceof Object[]) {
            return JsonType.ARRAY;
        }
        return JsonType.STRING;
    }

    /** A string's text, or a number's exact decimal text ({@code 79.99} for the double). */
    private static CharSequence textOf(Object value) {
        return value instanceof CharSequence text ? text : String.valueOf(value);
    }
}
