package dev.verdict.analysis;

import dev.verdict.ast.CompareOp;
import dev.verdict.ir.Limit;
import dev.verdict.ir.ValueText;
import dev.verdict.schema.Type;
import java.util.ArrayList;
import java.util.List;

/** How messages show a platform limit, and the value it lets through in place of another. */
final class LimitText {

    private final ValueText values;

    LimitText(ValueText values) {
        this.values = values;
    }

    /** The type of the limit's target: the setting's, or the outcome parameter's. */
    static Type targetType(Limit limit) {
        return limit.setting() != null ? limit.setting().type()
                : limit.outcome().params().get(limit.paramIndex()).type();
    }

    /** {@code `return_window <= 7d`}, {@code `offer_partial_refund.percent between 10% and 50%`} */
    String describe(Limit limit) {
        return "`" + limit.targetText() + " " + rule(limit) + "`";
    }

    private String rule(Limit limit) {
        if (!limit.oneOf().isEmpty()) {
            List<String> allowed = new ArrayList<>();
            limit.oneOf().forEach(v -> allowed.add(values.format(targetType(limit), v)));
            return "in [" + String.join(", ", allowed) + "]";
        }
        List<Limit.Bound> bounds = limit.bounds();
        boolean between = bounds.size() == 2 && bounds.get(0).op() == CompareOp.GE
                && bounds.get(1).op() == CompareOp.LE;
        if (between) {
            return "between " + bounds.get(0).text() + " and " + bounds.get(1).text();
        }
        List<String> parts = new ArrayList<>();
        bounds.forEach(b -> parts.add(b.op().symbol() + " " + b.text()));
        return String.join(" and ", parts);
    }

    /** The allowed value nearest {@code value}: what the platform caps it to. */
    static long capped(Limit limit, long value) {
        long result = value;
        for (Limit.Bound bound : limit.bounds()) {
            long b = bound.value();
            result = switch (bound.op()) {
                case LE -> Math.min(result, b);
                case LT -> Math.min(result, b - 1);
                case GE -> Math.max(result, b);
                case GT -> Math.max(result, b + 1);
                case EQ -> b;
                case NE -> result;
            };
        }
        return result;
    }

    String cappedText(Limit limit, long value) {
        return "`" + values.format(targetType(limit), capped(limit, value)) + "`";
    }
}
