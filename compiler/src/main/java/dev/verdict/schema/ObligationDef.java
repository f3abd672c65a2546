package dev.verdict.schema;

import java.util.List;

/** An obligation that may follow the outcome: {@code issue_coupon(5)}, {@code tag("vip")}. */
public record ObligationDef(String name, List<Param> params, String doc) {
    public ObligationDef {
        params = List.copyOf(params);
    }
}
