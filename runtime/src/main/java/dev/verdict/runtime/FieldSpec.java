package dev.verdict.runtime;

import java.io.Serializable;
import java.util.List;

/**
 * A request field as readers and evaluators see it. Values are longs: money in minor units,
 * durations in minutes, bools 0/1, enum values by ordinal in {@code enumValues}; ints within
 * {@code [min, max]}.
 */
public record FieldSpec(String path, FieldKind kind, List<String> enumValues, long min, long max,
                        boolean optional) implements Serializable {
    public FieldSpec {
        enumValues = List.copyOf(enumValues);
    }
}
