package dev.verdict.ir;

import dev.verdict.ast.Span;
import dev.verdict.schema.OutcomeDef;

/** A platform {@code forbid OUTCOME where COND}: no policy rule may produce it there. */
public record Forbid(OutcomeDef outcome, Expr where, String file, Span span) {
}
