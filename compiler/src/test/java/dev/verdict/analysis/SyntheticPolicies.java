package dev.verdict.analysis;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.schema.Schema;
import dev.verdict.source.Schemas;
import java.util.Random;

/**
 * Seeded synthetic policy text of any size behind the bundled {@code tiktok_us} profile: rules
 * of the shapes sellers write ({@code reference.policy}), each narrowed to a market and often a
 * category, with random thresholds, reasons and statuses.
 */
final class SyntheticPolicies {

    private static final Schema SCHEMA = Schemas.aftersale();
    private static final String[] CATEGORIES = values("category");
    private static final String[] MARKETS = values("market");
    private static final String[] REASONS = values("reason");
    private static final String[] STATUSES = values("order.status");

    private final Random random;

    SyntheticPolicies(long seed) {
        this.random = new Random(seed);
    }

    CheckedPolicy policy(int ruleCount) {
        return Policies.checked(text(ruleCount)).policy();
    }

    /**
     * The text of {@code ruleCount} overlapping rules of one shape,
     * {@code when amount < K and reason = size then approve_return_label} with random K: most
     * are decided by earlier ones, the case that made reachability quadratic.
     */
    String overlapping(int ruleCount) {
        StringBuilder text = new StringBuilder("platform tiktok_us\n");
        for (int i = 0; i < ruleCount; i++) {
            text.append("when amount < ").append(1 + random.nextInt(100_000))
                    .append(" and reason = size then approve_return_label\n");
        }
        return text.toString();
    }

    String text(int ruleCount) {
        StringBuilder text = new StringBuilder("policy \"synthetic\"\nplatform tiktok_us\n");
        for (int i = 0; i < ruleCount; i++) {
            text.append("rule r").append(i).append(": when ").append(rule()).append('\n');
        }
        return text.append("otherwise manual_review\n").toString();
    }

    private String rule() {
        String scope = "market = " + pick(MARKETS)
                + (random.nextInt(3) == 0 ? "" : " and category = " + pick(CATEGORIES));
        int amount = 5 + random.nextInt(60) * 5;
        return scope + " and " + switch (random.nextInt(12)) {
            case 0 -> "buyer.credit_score < " + (40 + random.nextInt(40))
                    + " and request != cancel then request_evidence(unboxing_video)";
            case 1 -> "buyer.refunds_30d >= " + (2 + random.nextInt(4)) + " then manual_review";
            case 2 -> "request = cancel and order.status in [unpaid, awaiting_shipment]"
                    + " and amount < " + amount + " then approve_cancel";
            case 3 -> "request = cancel and order.status = in_transit and amount <= " + amount * 10
                    + " then intercept_package";
            case 4 -> "since_delivery > " + (3 + random.nextInt(40))
                    + "d then reject(outside_return_window)";
            case 5 -> "item.opened then reject(item_opened)";
            case 6 -> "request = refund_only and amount < " + amount
                    + " and buyer.refunds_30d < 3 then approve_refund";
            case 7 -> "request = return_and_refund and return_shipping_fee > amount and amount < "
                    + amount + " then approve_refund";
            case 8 -> "reason = size and request = replacement and amount < " + amount * 3
                    + " then approve_replacement";
            case 9 -> "reason = " + pick(REASONS) + " and amount < " + amount
                    + " then approve_return_label";
            case 10 -> "reason in [" + pick(REASONS) + ", " + pick(REASONS) + "] and amount < "
                    + amount + " and buyer.returns_30d < 4 then approve_refund";
            default -> "reason = " + pick(REASONS) + " and order.status = " + pick(STATUSES)
                    + " then manual_review";
        };
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String[] values(String field) {
        return SCHEMA.field(field).orElseThrow().type().values().toArray(String[]::new);
    }
}
