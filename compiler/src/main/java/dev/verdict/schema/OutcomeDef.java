package dev.verdict.schema;

import java.util.List;

/**
 * An outcome: exactly one per rule. {@code appliesTo} are the {@code request} values it applies
 * to (SPEC §4); {@code approval} marks auto-approvals; {@code refunds} is the money it pays
 * back ({@link Refund#NONE} for none).
 */
public record OutcomeDef(int index, String name, List<Param> params, List<String> appliesTo,
                         boolean approval, Refund refunds, String doc) {
    public OutcomeDef {
        params = List.copyOf(params);
        appliesTo = List.copyOf(appliesTo);
    }
}
