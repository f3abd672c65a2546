package dev.verdict.ast;

import dev.verdict.ast.Operand.PathRef;

/** {@code path = value} in a test's {@code given} or {@code test defaults}. */
public record Assignment(PathRef path, Operand value, Span span) {
}
