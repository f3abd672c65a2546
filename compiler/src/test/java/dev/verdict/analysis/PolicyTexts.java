package dev.verdict.analysis;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random policy text over the bundled schema, behind {@link #PROFILE} (a guard that reads the
 * return window, limits with and without {@code where}, forbids): the conditions sellers write,
 * combined with {@code and}, {@code or} and {@code not}; every kind of outcome; conditional sets.
 */
final class PolicyTexts {

    static final String PROFILE = """
            platform test_market "Test market"
            currency USD
            default return_window = 30d
            limit return_window <= 60d
            limit return_window <= 7d where category = jewelry
            limit offer_partial_refund.percent between 10% and 50% where amount > 20
            guard "Outside the return window":
              when request != cancel and since_delivery > return_window
                   and not (reason in [damaged, defective] and since_delivery <= 90d)
              then reject(outside_return_window)
            forbid intercept_package where order.status != in_transit
            forbid offer_partial_refund where item.price < 10 or item.price > 100
            """;

    private static final List<String> ATOMS = List.of(
            "reason = size", "reason in [damaged, defective]", "reason != changed_mind",
            "request = cancel", "request != cancel", "request in [refund_only, return_and_refund]",
            "category = jewelry", "category in [womenswear, menswear]", "amount < 30",
            "amount < 100", "amount >= 50", "amount > 500", "item.price between 10 and 100",
            "item.price < 10", "buyer.refunds_30d >= 3", "buyer.refunds_30d < 2",
            "buyer.returns_30d < 4", "buyer.credit_score < 60", "buyer.credit_score is absent",
            "since_delivery > 14d", "since_delivery > return_window", "since_delivery is present",
            "item.opened", "return_shipping_fee > amount", "order.status = in_transit",
            "order.status in [unpaid, awaiting_shipment]", "market = us");

    private static final List<String> OUTCOMES = List.of(
            "approve_refund", "approve_return_label", "approve_replacement", "approve_cancel",
            "intercept_package", "offer_partial_refund(5%)", "offer_partial_refund(30%)",
            "offer_partial_refund(60%)", "manual_review", "reject(other)",
            "request_evidence(photos)");

    private static final List<String> SETTING_CONDITIONS = List.of(
            "category = jewelry", "category in [womenswear, menswear]", "amount > 100",
            "reason = size", "market = us and amount < 50");

    private PolicyTexts() {
    }

    static Arbitrary<String> policies() {
        Arbitrary<String> rules = Combinators.combine(condition(), Arbitraries.of(OUTCOMES))
                .as((when, then) -> "when " + when + " then " + then)
                .list().ofMinSize(1).ofMaxSize(7).map(list -> String.join("\n", list));
        Arbitrary<String> values = Arbitraries.of("7d", "14d", "30d", "45d", "90d");
        Arbitrary<String> sets = Combinators.combine(values,
                        Arbitraries.of(SETTING_CONDITIONS).injectNull(0.3))
                .as((value, where) -> "set return_window = " + value
                        + (where == null ? "" : " where " + where))
                .list().ofMaxSize(3).map(list -> String.join("\n", list));
        return Combinators.combine(sets, rules).as((s, r) -> "platform \"test.platform\"\n" + s
                + (s.isEmpty() ? "" : "\n") + r + "\n");
    }

    private static Arbitrary<String> condition() {
        Arbitrary<String> conjunction = Arbitraries.of(ATOMS).list().ofMinSize(1).ofMaxSize(3)
                .map(atoms -> String.join(" and ", atoms));
        return Arbitraries.frequencyOf(
                Tuple.of(5, conjunction),
                Tuple.of(1, Combinators.combine(conjunction, conjunction)
                        .as((a, b) -> a + " or " + b)),
                Tuple.of(1, Combinators.combine(conjunction, conjunction)
                        .as((a, b) -> a + " and not (" + b + ")")));
    }
}
