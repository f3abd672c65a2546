package dev.verdict.loader.log;

import dev.verdict.runtime.FieldSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schema fields whose values a decision log must not hold: their values are written as
 * {@value #MASKED}, whether the request gives them nested ({@code {"buyer": {"credit_score": 42}}})
 * or as dotted keys. The rest of the request is written as given.
 */
public final class FieldMask {

    /** What a masked value is written as. */
    public static final String MASKED = "***";

    /** Masks nothing. */
    public static final FieldMask NONE = new FieldMask(Set.of());

    private final Set<String> paths;

    private FieldMask(Set<String> paths) {
        this.paths = Set.copyOf(paths);
    }

    /**
     * Masks the fields at {@code paths} ({@code buyer.credit_score}), each a field of
     * {@code schemaFields} (a policy's {@code requestReader().fields()}).
     *
     * @throws IllegalArgumentException naming a path that is no field of the schema
     */
    public static FieldMask of(List<FieldSpec> schemaFields, String... paths) {
        Set<String> known = new TreeSet<>();
        schemaFields.forEach(field -> known.add(field.path()));
        for (String path : paths) {
            if (!known.contains(path)) {
                throw new IllegalArgumentException("cannot mask `" + path
                        + "`: the schema has no such field; its fields are " + known);
            }
        }
        return new FieldMask(Set.of(paths));
    }

    /** The masked fields' paths. */
    public Set<String> paths() {
        return paths;
    }

    /** {@code request} with the masked fields' values replaced; the request itself is kept. */
    public Map<String, ?> apply(Map<String, ?> request) {
        return paths.isEmpty() || request == null ? request : apply("", request);
    }

    private Map<String, Object> apply(String prefix, Map<?, ?> object) {
        Map<String, Object> masked = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : object.entrySet()) {
            String key = String.valueOf(entry.getKey());
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            Object value = entry.getValue();
            if (paths.contains(path)) {
                masked.put(key, MASKED);
            } else if (value instanceof Map<?, ?> group) {
                masked.put(key, apply(path, group));
            } else {
                masked.put(key, value);
            }
        }
        return masked;
    }
}
