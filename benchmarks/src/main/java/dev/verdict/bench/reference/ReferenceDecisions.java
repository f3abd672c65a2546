package dev.verdict.bench.reference;

import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Source;
import java.util.List;

/**
 * The decisions of the reference policy, written out by hand: the platform guard, the 14 rules
 * and {@code otherwise}, in first-match order. The peers name the rule that fired by its
 * position here; the equivalence test checks them against Verdict's own.
 */
public final class ReferenceDecisions {

    public static final Decision GUARD = platform("reject", "outside_return_window",
            "Outside the return window", 23);
    public static final Decision RISKY_BUYER =
            policy("request_evidence", "unboxing_video", "risky_buyer", 6);
    public static final Decision SERIAL_REFUNDER = policy("manual_review", "serial_refunder", 8);
    public static final Decision CANCEL_UNSHIPPED = policy("approve_cancel", "cancel_unshipped", 9);
    public static final Decision INTERCEPT_IN_TRANSIT =
            policy("intercept_package", "intercept_in_transit", 12);
    public static final Decision JEWELRY_LATE =
            policy("reject", "outside_return_window", "jewelry_late", 15);
    public static final Decision BEAUTY_OPENED =
            policy("reject", "item_opened", "beauty_opened", 16);
    public static final Decision CHEAP_REFUND = policy("approve_refund", "cheap_refund", 17);
    public static final Decision SHIPPING_EXCEEDS_VALUE =
            policy("approve_refund", "shipping_exceeds_value", 18);
    public static final Decision APPAREL_EXCHANGE =
            policy("approve_replacement", "apparel_exchange", 21);
    public static final Decision SIZE_LABEL = policy("approve_return_label", "size_label", 25);
    public static final Decision SMALL_DAMAGE = policy("approve_refund", "small_damage", 26);
    public static final Decision LOST_IN_TRANSIT = policy("manual_review", "lost_in_transit", 27);
    public static final Decision HIGH_VALUE = policy("manual_review", "high_value", 28);
    public static final Decision TOO_LATE =
            policy("reject", "outside_return_window", "too_late", 29);
    public static final Decision OTHERWISE = policy("manual_review", "otherwise", 30);

    /** Every decision, in first-match order: a peer's rule {@code i} decides {@code ALL.get(i)}. */
    public static final List<Decision> ALL = List.of(GUARD, RISKY_BUYER, SERIAL_REFUNDER,
            CANCEL_UNSHIPPED, INTERCEPT_IN_TRANSIT, JEWELRY_LATE, BEAUTY_OPENED, CHEAP_REFUND,
            SHIPPING_EXCEEDS_VALUE, APPAREL_EXCHANGE, SIZE_LABEL, SMALL_DAMAGE, LOST_IN_TRANSIT,
            HIGH_VALUE, TOO_LATE, OTHERWISE);

    private ReferenceDecisions() {
    }

    /** The decision of the rule at {@code position} in first-match order. */
    public static Decision at(int position) {
        return ALL.get(position);
    }

    private static Decision platform(String outcome, String arg, String rule, int line) {
        return new Decision(outcome, List.of(arg), List.of(), rule, line, Source.PLATFORM);
    }

    private static Decision policy(String outcome, String arg, String rule, int line) {
        return new Decision(outcome, List.of(arg), List.of(), rule, line, Source.POLICY);
    }

    private static Decision policy(String outcome, String rule, int line) {
        return new Decision(outcome, List.of(), List.of(), rule, line, Source.POLICY);
    }
}
