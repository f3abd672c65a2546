package dev.verdict.schema;

import java.util.List;

/**
 * An outcome: exactly one per rule. {@code applies} is where it applies (SPEC §4), over the
 * schema's fields; {@code approval} marks auto-approvals; {@code refunds} is the money it pays
 * back ({@link Refund#NONE} for none).
 */
public record OutcomeDef(int index, String name, List<Param> params, Applies applies,
                         boolean approval, Refund refunds, String doc) {
    public OutcomeDef {
        params = List.copyOf(params);
    }

    /** Whether it applies to every request. */
    public boolean appliesAlways() {
        return applies.always();
    }
}
