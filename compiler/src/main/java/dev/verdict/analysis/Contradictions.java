package dev.verdict.analysis;

import dev.verdict.ir.Expr;
import dev.verdict.ir.Term;
import dev.verdict.schema.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Says why a condition can never be true, for W0402's help: a part of it that is never true on
 * its own (often outside the field's declared range), or two parts that exclude each other.
 */
final class Contradictions {

    /** Past this many parts, pairs are not searched. */
    private static final int MAX_PARTS = 24;

    private final Context context;

    Contradictions(Context context) {
        this.context = context;
    }

    /** The explanation, or null when no single part or pair of parts is to blame. */
    String explain(Expr condition) {
        List<Expr> parts = new ArrayList<>();
        flatten(condition, parts);
        List<Region> truths = new ArrayList<>();
        for (Expr part : parts) {
            Region truth = context.conditions().truth(part);
            if (truth.isEmpty()) {
                return "`" + context.exprs().print(part) + "` is never true" + range(part);
            }
            truths.add(truth);
        }
        if (parts.size() > MAX_PARTS) {
            return null;
        }
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                if (truths.get(i).intersect(truths.get(j)).isEmpty()) {
                    return "`" + context.exprs().print(parts.get(i)) + "` and `"
                            + context.exprs().print(parts.get(j)) + "` cannot both be true";
                }
            }
        }
        return null;
    }

    private static void flatten(Expr condition, List<Expr> parts) {
        if (condition instanceof Expr.And and) {
            and.operands().forEach(operand -> flatten(operand, parts));
        } else {
            parts.add(condition);
        }
    }

    private String range(Expr part) {
        if (!(part instanceof Expr.Compare compare)) {
            return "";
        }
        Term.FieldTerm field = compare.left() instanceof Term.FieldTerm f ? f
                : compare.right() instanceof Term.FieldTerm f ? f : null;
        if (field == null || !field.field().type().kind().isOrdered()) {
            return "";
        }
        Type type = field.field().type();
        String name = "`" + field.field().path() + "`";
        if (type.max() == Long.MAX_VALUE) {
            return type.min() == Long.MIN_VALUE ? ""
                    : ": " + name + " is at least " + context.values().format(type, type.min());
        }
        return ": " + name + " is between " + context.values().format(type, type.min()) + " and "
                + context.values().format(type, type.max());
    }
}
