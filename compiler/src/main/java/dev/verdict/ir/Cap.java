package dev.verdict.ir;

import dev.verdict.ast.CompareOp;
import dev.verdict.ast.Span;

/**
 * A platform limit applied to a setting at run time: where {@code where} is true, the value is
 * clamped so that {@code value OP bound} holds ({@code <=}: at most bound; {@code <}: at most
 * bound - 1; {@code >=}, {@code >}: at least). {@code in}-list limits are checked, not applied.
 */
public record Cap(Expr where, CompareOp op, long bound, String file, Span span) {

    public long apply(long value) {
        return switch (op) {
            case LE -> Math.min(value, bound);
            case LT -> Math.min(value, bound - 1);
            case GE -> Math.max(value, bound);
            case GT -> Math.max(value, bound + 1);
            default -> value;
        };
    }
}
