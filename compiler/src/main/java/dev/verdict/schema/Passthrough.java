package dev.verdict.schema;

/**
 * A request field the schema accepts and never decides on, such as {@code order_id}: a request
 * may carry it, and nothing reads it.
 */
public record Passthrough(String path, String doc) {
}
