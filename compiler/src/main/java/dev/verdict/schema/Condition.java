package dev.verdict.schema;

/**
 * A condition over a schema's fields as the checker lowers it (an {@code ir.Expr}). The schema
 * holds an outcome's applicability in this form without depending on the lowered form: the
 * checker, the analysis and the explainer read it back as an expression.
 */
public interface Condition {
}
