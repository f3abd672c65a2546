package dev.verdict.analysis;

import static dev.verdict.ast.CompareOp.GE;
import static dev.verdict.ast.CompareOp.GT;
import static dev.verdict.ast.CompareOp.LE;
import static dev.verdict.ast.CompareOp.LT;

import dev.verdict.ast.CompareOp;
import dev.verdict.ast.Span;
import dev.verdict.ir.Arg;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Forbid;
import dev.verdict.ir.Limit;
import dev.verdict.ir.Profile;
import dev.verdict.ir.Rule;
import dev.verdict.ir.SettingPlan;
import dev.verdict.schema.Schema;
import dev.verdict.schema.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded synthetic policies of any size over the bundled schema, behind a hand-built
 * {@code tiktok_us} profile: rules of the shapes sellers write ({@code reference.policy}), each
 * narrowed to a market and often a category, with random thresholds.
 */
final class SyntheticPolicies {

    private static final Schema SCHEMA = Schema.aftersale();
    private static final Ir IR = new Ir(SCHEMA);
    private static final long DAY = 24 * 60;
    private static final String[] CATEGORIES = values("category");
    private static final String[] MARKETS = values("market");
    private static final String[] REASONS = values("reason");
    private static final String[] STATUSES = values("order.status");

    private final Random random;

    SyntheticPolicies(long seed) {
        this.random = new Random(seed);
    }

    CheckedPolicy policy(int ruleCount) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < ruleCount; i++) {
            rules.add(rule("r" + i, i + 5));
        }
        return IR.policy(rules, Boolean.getBoolean("noguard") ? null : tiktokUs(), List.of(returnWindow()));
    }

    private Rule rule(String name, int line) {
        Expr scope = random.nextInt(3) == 0 ? IR.in("market", pick(MARKETS))
                : Ir.and(IR.in("market", pick(MARKETS)), IR.in("category", pick(CATEGORIES)));
        long amount = money(5 + random.nextInt(60) * 5);
        return switch (random.nextInt(12)) {
            case 0 -> IR.rule(name, line, Ir.and(scope, IR.cmp("buyer.credit_score", LT, 40 + random.nextInt(40)),
                    Ir.not(IR.in("request", "cancel"))), "request_evidence",
                    List.of(IR.enumArg("request_evidence", 0, "unboxing_video")));
            case 1 -> IR.rule(name, line, Ir.and(scope, IR.cmp("buyer.refunds_30d", GE, 2 + random.nextInt(4))),
                    "manual_review");
            case 2 -> IR.rule(name, line, Ir.and(scope, IR.in("request", "cancel"),
                    IR.in("order.status", "unpaid", "awaiting_shipment"), IR.cmp("amount", LT, amount)), "approve_cancel");
            case 3 -> IR.rule(name, line, Ir.and(scope, IR.in("request", "cancel"), IR.in("order.status", "in_transit"),
                    IR.cmp("amount", LE, amount * 10)), "intercept_package");
            case 4 -> IR.rule(name, line, Ir.and(scope, IR.cmp("since_delivery", GT, (3 + random.nextInt(40)) * DAY)),
                    "reject", List.of(IR.enumArg("reject", 0, "outside_return_window")));
            case 5 -> IR.rule(name, line, Ir.and(scope, IR.cmp("item.opened", CompareOp.EQ, 1)), "reject",
                    List.of(IR.enumArg("reject", 0, "item_opened")));
            case 6 -> IR.rule(name, line, Ir.and(scope, IR.in("request", "refund_only"), IR.cmp("amount", LT, amount),
                    IR.cmp("buyer.refunds_30d", LT, 3)), "approve_refund");
            case 7 -> IR.rule(name, line, Ir.and(scope, IR.in("request", "return_and_refund"),
                    IR.cmp("return_shipping_fee", GT, "amount"), IR.cmp("amount", LT, amount)), "approve_refund");
            case 8 -> IR.rule(name, line, Ir.and(scope, IR.in("reason", "size"), IR.in("request", "replacement"),
                    IR.cmp("amount", LT, amount * 3)), "approve_replacement");
            case 9 -> IR.rule(name, line, Ir.and(scope, IR.in("reason", pick(REASONS)), IR.cmp("amount", LT, amount)),
                    "approve_return_label");
            case 10 -> IR.rule(name, line, Ir.and(scope, IR.in("reason", pick(REASONS), pick(REASONS)),
                    IR.cmp("amount", LT, amount), IR.cmp("buyer.returns_30d", LT, 4)), "approve_refund");
            default -> IR.rule(name, line, Ir.and(scope, IR.in("reason", pick(REASONS)),
                    IR.in("order.status", pick(STATUSES))), "manual_review");
        };
    }

    /** The bundled {@code tiktok_us} profile (SPEC §6), built by hand. */
    static Profile tiktokUs() {
        var window = SCHEMA.setting("return_window").orElseThrow();
        Expr outside = Ir.and(Ir.not(IR.in("request", "cancel")), IR.cmpSetting("since_delivery", GT, "return_window"),
                Ir.not(Ir.and(IR.in("reason", "damaged", "defective"), IR.cmp("since_delivery", LE, 90 * DAY))));
        Rule guard = IR.guard("Outside the return window", 11, outside, "reject",
                List.of(IR.enumArg("reject", 0, "outside_return_window")));
        var partial = SCHEMA.outcome("offer_partial_refund").orElseThrow();
        List<Limit> limits = List.of(
                new Limit(window, null, -1, "return_window", List.of(),
                        List.of(14 * DAY, 30 * DAY, 45 * DAY, 90 * DAY), Expr.TRUE, "tiktok_us.platform", span(6)),
                new Limit(null, partial, 0, "offer_partial_refund.percent",
                        List.of(new Limit.Bound(GE, 10_00, "10%"), new Limit.Bound(LE, 50_00, "50%")), List.of(),
                        Expr.TRUE, "tiktok_us.platform", span(7)));
        Forbid forbid = new Forbid(partial, Ir.or(IR.cmp("item.price", LT, money(10)), IR.cmp("item.price", GT,
                money(100))), "tiktok_us.platform", span(16));
        return new Profile("tiktok_us", "TikTok Shop US", "tiktok_us.platform", "USD", List.of(guard), limits,
                List.of(forbid));
    }

    static SettingPlan returnWindow() {
        return new SettingPlan(SCHEMA.setting("return_window").orElseThrow(), List.of(), null,
                new SettingPlan.Value(30 * DAY, "tiktok_us.platform", span(3)), List.of());
    }

    static Arg percent(long hundredths) {
        return new Arg(Type.PERCENT, hundredths, hundredths / 100 + "%");
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static long money(long dollars) {
        return dollars * 100;
    }

    private static String[] values(String field) {
        return SCHEMA.field(field).orElseThrow().type().values().toArray(String[]::new);
    }

    private static Span span(int line) {
        return new Span(line, 1, line, 10);
    }
}
