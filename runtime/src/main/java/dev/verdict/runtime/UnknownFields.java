package dev.verdict.runtime;

/**
 * What a request reader does with a field the schema does not declare. Fields the schema
 * declares as pass-through ({@code passthrough order_id}) are always accepted and skipped.
 */
public enum UnknownFields {
    /** The request is invalid, and the error names the field: the default. */
    REJECT,
    /** The field is skipped, as if the request did not carry it. */
    IGNORE
}
