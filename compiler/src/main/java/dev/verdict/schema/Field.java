package dev.verdict.schema;

/** A request field: {@code index} is its position in the schema, {@code path} its dotted name. */
public record Field(int index, String path, Type type, boolean optional, String doc) {
}
