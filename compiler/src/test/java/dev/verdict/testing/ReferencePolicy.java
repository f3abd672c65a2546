package dev.verdict.testing;

import static dev.verdict.ast.CompareOp.GE;
import static dev.verdict.ast.CompareOp.GT;
import static dev.verdict.ast.CompareOp.LE;
import static dev.verdict.ast.CompareOp.LT;
import static dev.verdict.testing.Ir.and;
import static dev.verdict.testing.Ir.arg;
import static dev.verdict.testing.Ir.cmp;
import static dev.verdict.testing.Ir.days;
import static dev.verdict.testing.Ir.f;
import static dev.verdict.testing.Ir.in;
import static dev.verdict.testing.Ir.is;
import static dev.verdict.testing.Ir.not;
import static dev.verdict.testing.Ir.outcome;
import static dev.verdict.testing.Ir.returnWindow;
import static dev.verdict.testing.Ir.rule;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Rule;
import java.util.List;

/** The benchmarks' {@code reference.policy} under the {@code tiktok_us} guard, as checked IR. */
public final class ReferencePolicy {

    private ReferencePolicy() {
    }

    public static CheckedPolicy build() {
        Rule guard = Ir.guard("Outside the return window", 12, and(not(in("request", "cancel")),
                cmp(f("since_delivery"), GT, returnWindow()),
                not(and(in("reason", "damaged", "defective"), cmp("since_delivery", LE,
                        days(90))))),
                outcome("reject", arg("outside_return_window")));
        List<Rule> rules = List.of(
                rule("risky_buyer", 5, and(cmp("buyer.credit_score", LT, 60), not(in("request",
                        "cancel"))),
                        outcome("request_evidence", arg("unboxing_video"))),
                rule("serial_refunder", 7, cmp("buyer.refunds_30d", GE, 3),
                        outcome("manual_review")),
                rule("cancel_unshipped", 8, and(in("request", "cancel"),
                        in("order.status", "unpaid", "awaiting_shipment"), cmp("amount", LT, 5000)),
                        outcome("approve_cancel")),
                rule("intercept_in_transit", 11, and(in("request", "cancel"), in("order.status",
                        "in_transit"),
                        cmp("amount", LE, 100000)), outcome("intercept_package")),
                rule("jewelry_late", 14, and(in("category", "jewelry"), cmp("since_delivery", GT,
                        days(7))),
                        outcome("reject", arg("outside_return_window"))),
                rule("beauty_opened", 15, and(in("category", "beauty"), is("item.opened")),
                        outcome("reject", arg("item_opened"))),
                rule("cheap_refund", 16, and(in("request", "refund_only"), cmp("amount", LT, 1500)),
                        outcome("approve_refund")),
                rule("shipping_exceeds_value", 17, and(in("request", "return_and_refund"),
                        cmp(f("return_shipping_fee"), GT, f("amount")), cmp("amount", LT, 4000)),
                        outcome("approve_refund")),
                rule("apparel_exchange", 20, and(in("reason", "size"),
                        in("category", "womenswear", "menswear", "kids_fashion"), in("request",
                                "replacement"),
                        cmp("amount", LT, 15000)), outcome("approve_replacement")),
                rule("size_label", 24, and(in("reason", "size"), cmp("amount", LT, 8000)),
                        outcome("approve_return_label")),
                rule("small_damage", 25, and(in("reason", "damaged", "defective"), cmp("amount", LT,
                        3000)),
                        outcome("approve_refund")),
                rule("lost_in_transit", 26, and(in("reason", "not_received"), in("order.status",
                        "in_transit")),
                        outcome("manual_review")),
                rule("high_value", 27, cmp("amount", GE, 50000), outcome("manual_review")),
                rule("too_late", 28, cmp("since_delivery", GT, days(30)),
                        outcome("reject", arg("outside_return_window"))));
        return Ir.policy("reference.policy", Ir.profile(List.of(guard)), rules,
                Ir.otherwise(29, outcome("manual_review")),
                Ir.plan(List.of(), null, Ir.value(days(30)), List.of()));
    }
}
