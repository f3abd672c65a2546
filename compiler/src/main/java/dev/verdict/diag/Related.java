package dev.verdict.diag;

import dev.verdict.ast.Span;

/**
 * A second place a diagnostic is about, with what it is ("first defined here"). A null
 * {@code file} means the diagnostic's own file, filled in by {@link Diagnostic#inFile}.
 */
public record Related(String file, Span span, String message) {
}
