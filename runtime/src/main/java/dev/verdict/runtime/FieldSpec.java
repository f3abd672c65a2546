package dev.verdict.runtime;

import java.io.Serializable;
import java.util.List;

/**
 * A request field as readers and evaluators see it. Values are longs: money in minor units,
 * durations in minutes, bools 0/1, enum values by ordinal in {@code enumValues}, dates in days
 * and timestamps in milliseconds since the epoch (see {@link Dates}); ints within
 * {@code [min, max]}. Strings are carried as text ({@link RequestValues#text}).
 */
public record FieldSpec(String path, FieldKind kind, List<String> enumValues, long min, long max,
                        boolean optional) implements Serializable {
    public FieldSpec {
        enumValues = List.copyOf(enumValues);
    }
}
