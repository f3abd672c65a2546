package dev.verdict.runtime;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a map-shaped request (as parsed from JSON) into {@link RequestValues}. Dotted paths may
 * be nested objects ({@code {"buyer": {"refunds_30d": 0}}}) or flat keys
 * ({@code "buyer.refunds_30d": 0}); {@code null} means absent. A missing required field, an
 * unknown field, a field given twice or a value of the wrong type throws
 * {@link InvalidRequestException} naming the field. Pass-through fields (ids such as
 * {@code order_id} that nothing decides on) are skipped whatever their value, and so are unknown
 * fields under {@link UnknownFields#IGNORE}. Immutable and thread-safe.
 */
public final class RequestReader {

    private final List<FieldSpec> fields;
    private final boolean[] required;
    private final FieldDecoder decoder;
    private final Map<String, Integer> indexByPath = new HashMap<>();
    private final Set<String> groups = new HashSet<>();
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
        this.decoder = new FieldDecoder(currency, currencyDecimals);
        this.passthrough = Set.copyOf(passthrough);
        this.unknown = unknown;
        for (int i = 0; i < this.fields.size(); i++) {
            String path = this.fields.get(i).path();
            indexByPath.put(path, i);
            addGroups(path);
        }
        this.passthrough.forEach(this::addGroups);
    }

    private void addGroups(String path) {
        for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
            groups.add(path.substring(0, dot));
        }
    }

    /** The fields this reader knows, by index. */
    public List<FieldSpec> fields() {
        return fields;
    }

    /** Whether a request must carry the field with this index. */
    public boolean isRequired(int field) {
        return required[field];
    }

    /** The request's values by field index. */
    public RequestValues read(Map<String, ?> request) {
        RequestValues.Builder values = RequestValues.builder(fields.size());
        boolean[] given = new boolean[fields.size()];
        readObject("", request, values, given);
        RequestValues read = values.build();
        for (int i = 0; i < required.length; i++) {
            if (required[i] && !read.isPresent(i)) {
                String path = fields.get(i).path();
                throw new InvalidRequestException(path,
                        "request lacks required field `" + path + "`");
            }
        }
        return read;
    }

    private void readObject(String prefix, Map<?, ?> object, RequestValues.Builder values,
                            boolean[] given) {
        for (Map.Entry<?, ?> entry : object.entrySet()) {
            String key = String.valueOf(entry.getKey());
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            Object value = entry.getValue();
            Integer index = indexByPath.get(path);
            if (index != null) {
                readField(index, path, value, values, given);
            } else if (groups.contains(path)) {
                readGroup(path, value, values, given);
            } else if (unknown == UnknownFields.REJECT && !passthrough.contains(path)) {
                throw new InvalidRequestException(path, "unknown field `" + path + "`");
            }
        }
    }

    private void readField(int index, String path, Object value, RequestValues.Builder values,
                           boolean[] given) {
        if (given[index]) {
            throw new InvalidRequestException(path, "field `" + path + "` is given twice");
        }
        given[index] = true;
        if (value != null) {
            values.set(index, decoder.decode(fields.get(index), value));
        }
    }

    private void readGroup(String path, Object value, RequestValues.Builder values,
                           boolean[] given) {
        if (value instanceof Map<?, ?> group) {
            readObject(path, group, values, given);
        } else if (value != null) {
            throw new InvalidRequestException(path, "`" + path + "` must be an object, found "
                    + Json.describe(value));
        }
    }
}
