package dev.verdict.ast;

import dev.verdict.ast.Operand.PathRef;

/**
 * {@code path = value} in a test's {@code given} or {@code test defaults}, or
 * {@code path is absent} ({@code value} null): the request leaves the field out.
 */
public record Assignment(PathRef path, Operand value, Span span) {

    /** Whether this leaves the field out: {@code path is absent}. */
    public boolean absent() {
        return value == null;
    }
}
