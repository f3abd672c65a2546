package dev.verdict.schema;

import dev.verdict.ir.Expr;
import java.util.List;

/**
 * An outcome: exactly one per rule. {@code applies} is the condition under which it applies
 * (SPEC §4; {@link Expr#TRUE}: always), over the schema's fields; {@code approval} marks
 * auto-approvals; {@code refunds} is the money it pays back ({@link Refund#NONE} for none).
 */
public record OutcomeDef(int index, String name, List<Param> params, Expr applies,
                         boolean approval, Refund refunds, String doc) {
    public OutcomeDef {
        params = List.copyOf(params);
    }

    /** Whether it applies to every request. */
    public boolean appliesAlways() {
        return applies.equals(Expr.TRUE);
    }
}
