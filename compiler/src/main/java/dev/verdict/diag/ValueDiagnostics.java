package dev.verdict.diag;

import dev.verdict.ast.Span;

/**
 * Diagnostics about string, date and timestamp values and about test requests: each factory
 * writes its message and help once.
 */
public final class ValueDiagnostics {

    private ValueDiagnostics() {
    }

    /** E0203: {@code carrier < "ups"}. */
    public static Diagnostic stringOrdering(Span span, String operator,
                                            String field) {
        return Code.E0203.of(span, "`" + operator + "` does not apply to `" + field
                        + "`, a string",
                "compare a string with `=`, `!=` or `in [...]`");
    }

    /** E0203: a string field compared with something other than string literals. */
    public static Diagnostic stringNeedsLiteral(Span span, String field,
                                                String written) {
        return Code.E0203.of(span, "`" + field + "` is a string, but `" + written
                        + "` is not a string literal",
                "compare a string field with literals such as `\"ups\"`, or a "
                        + "written list such as `[\"ups\", \"dhl\"]`");
    }

    /** E0502: {@code given amount is absent} for a field the schema requires. */
    public static Diagnostic requiredAbsent(Span span, String field) {
        return Code.E0502.of(span, "`" + field + "` is required by the schema, so a "
                        + "request cannot leave it absent",
                "only optional fields can be `is absent` in a test");
    }

    /** E0502: an obligation a test expects that is not an obligation. */
    public static Diagnostic unknownExpectedObligation(Span span, String name,
                                                       String suggestion) {
        return Code.E0502.of(span, "unknown obligation `" + name + "`",
                suggestion != null ? suggestion
                        : "after the outcome, `expect` lists obligations such as `tag(\"x\")`");
    }
}
