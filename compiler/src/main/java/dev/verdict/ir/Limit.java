package dev.verdict.ir;

import dev.verdict.ast.CompareOp;
import dev.verdict.ast.Span;
import dev.verdict.schema.OutcomeDef;
import dev.verdict.schema.Setting;
import java.util.List;

/**
 * A platform {@code limit}, for the checks of policy values (E0301, W0302). The target is a
 * setting, or an outcome's parameter ({@code offer_partial_refund.percent}, {@code paramIndex}).
 * The allowed values are {@code value OP bound} for every {@code (op, bound)} in {@code bounds}
 * (a {@code between} is two), or one of {@code oneOf} when that is not empty.
 */
public record Limit(Setting setting, OutcomeDef outcome, int paramIndex, String targetText,
                    List<Bound> bounds, List<Long> oneOf, Expr where, String file, Span span) {

    public Limit {
        bounds = List.copyOf(bounds);
        oneOf = List.copyOf(oneOf);
    }

    public record Bound(CompareOp op, long value, String text) {
    }

    /** Whether {@code value} is allowed by this limit (ignoring {@code where}). */
    public boolean allows(long value) {
        for (Bound bound : bounds) {
            if (!bound.op().test(value, bound.value())) {
                return false;
            }
        }
        return oneOf.isEmpty() || oneOf.contains(value);
    }
}
