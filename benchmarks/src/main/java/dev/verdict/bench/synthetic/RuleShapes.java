package dev.verdict.bench.synthetic;

import dev.verdict.ast.CompareOp;
import dev.verdict.runtime.Obligation;
import dev.verdict.schema.Field;
import dev.verdict.schema.OutcomeDef;
import dev.verdict.schema.Schema;
import dev.verdict.source.Schemas;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes random rules of the shapes sellers write (those of the reference policy): an outcome,
 * then the request kinds it applies to, always the reasons, mostly the categories, order
 * statuses, an amount threshold, velocity fields, time since delivery, credit score and now and
 * then another field. Each rule matches a fraction of a percent of requests, so a request passes
 * hundreds of rules of a large policy before one fires, as in a real one. Every rule
 * compiles without errors: request values are drawn from those the outcome applies to, and a
 * partial refund always bounds the item price to what {@code tiktok_us} allows.
 */
final class RuleShapes {

    private static final String[] OUTCOMES = {"approve_refund", "approve_return_label",
        "approve_replacement", "approve_cancel", "intercept_package", "offer_partial_refund",
        "request_evidence", "reject", "manual_review"};
    private static final int[] WEIGHTS = {20, 15, 8, 8, 5, 8, 10, 12, 14};
    private static final long[] AMOUNTS = {10_00, 15_00, 20_00, 25_00, 29_99, 30_00, 40_00, 49_99,
        50_00, 60_00, 75_00, 80_00, 100_00, 150_00, 200_00, 250_00, 500_00, 1000_00};
    private static final List<String> SHIPPING_STATUSES = List.of("unpaid", "on_hold",
            "awaiting_shipment", "partially_shipping", "awaiting_collection", "in_transit");
    private static final long DAY = 24 * 60;
    private static final long[] WINDOWS = {3, 7, 14, 30, 45, 60, 90};

    private final Schema schema = Schemas.aftersale();
    private final SplittableRandom random;

    RuleShapes(long seed) {
        this.random = new SplittableRandom(seed);
    }

    SyntheticRule next(String name, int line) {
        OutcomeDef outcome = schema.outcome(weighted()).orElseThrow();
        List<String> applies = schema.requestValues(outcome);
        Field request = schema.requestField().orElseThrow();
        List<Atom> atoms = new ArrayList<>();
        boolean appliesToAll = applies.size() == request.type().values().size();
        if (chance(appliesToAll ? 0.3 : 0.7)) {
            atoms.add(new Atom.EnumIn(request, some(applies, 1)));
        }
        atoms.add(new Atom.EnumIn(field("reason"), some(field("reason").type().values(), 2)));
        if (chance(0.85)) {
            List<String> categories = field("category").type().values();
            atoms.add(new Atom.EnumIn(field("category"), some(categories, 3)));
        }
        if (applies.equals(List.of("cancel")) ? chance(0.7) : chance(0.1)) {
            atoms.add(new Atom.EnumIn(field("order.status"), some(SHIPPING_STATUSES, 2)));
        }
        if (chance(0.8)) {
            CompareOp op = outcome.approval() || chance(0.5) ? CompareOp.LT : CompareOp.GE;
            atoms.add(new Atom.Threshold(field("amount"), op, pick(AMOUNTS)));
        }
        if (chance(0.3)) {
            String velocity = chance(0.5) ? "buyer.refunds_30d" : "buyer.returns_30d";
            CompareOp op = chance(0.5) ? CompareOp.LT : CompareOp.GE;
            atoms.add(new Atom.Threshold(field(velocity), op, 1 + random.nextInt(5)));
        }
        if (chance(0.25)) {
            CompareOp op = chance(0.5) ? CompareOp.GT : CompareOp.LE;
            atoms.add(new Atom.Threshold(field("since_delivery"), op, pick(WINDOWS) * DAY));
        }
        if (chance(0.15)) {
            long score = 20 + 5 * random.nextInt(13);
            atoms.add(new Atom.Threshold(field("buyer.credit_score"), CompareOp.LT, score));
        }
        if (chance(0.2)) {
            atoms.add(extra());
        }
        return rule(name, line, atoms, outcome);
    }

    /**
     * A rule that enum dispatch cannot narrow: an amount band ({@code amount >= low and amount <
     * high}, bounds on a one-dollar grid up to 500 USD), the outcome as usual.
     */
    SyntheticRule band(String name, int line) {
        OutcomeDef outcome = schema.outcome(weighted()).orElseThrow();
        long low = (1 + random.nextInt(500)) * 100L;
        long high = low + (1 + random.nextInt(20)) * 100L;
        List<Atom> atoms = List.of(new Atom.Threshold(field("amount"), CompareOp.GE, low),
                new Atom.Threshold(field("amount"), CompareOp.LT, high));
        return rule(name, line, atoms, outcome);
    }

    /**
     * A rule that mostly tests optional fields: one to three of the time since delivery, the
     * credit score and whether the item was opened, now and then a reason.
     */
    SyntheticRule optional(String name, int line) {
        OutcomeDef outcome = schema.outcome(weighted()).orElseThrow();
        List<Atom> atoms = new ArrayList<>();
        while (atoms.isEmpty()) {
            if (chance(0.7)) {
                CompareOp op = chance(0.5) ? CompareOp.GT : CompareOp.LE;
                atoms.add(new Atom.Threshold(field("since_delivery"), op,
                        (1 + random.nextInt(120)) * DAY));
            }
            if (chance(0.6)) {
                CompareOp op = chance(0.5) ? CompareOp.LT : CompareOp.GE;
                atoms.add(new Atom.Threshold(field("buyer.credit_score"), op,
                        random.nextInt(101)));
            }
            if (chance(0.3)) {
                atoms.add(new Atom.Flag(field("item.opened"), chance(0.5)));
            }
        }
        if (chance(0.2)) {
            atoms.add(new Atom.EnumIn(field("reason"), some(field("reason").type().values(), 2)));
        }
        return rule(name, line, atoms, outcome);
    }

    private SyntheticRule rule(String name, int line, List<Atom> atoms, OutcomeDef outcome) {
        if (outcome.name().equals("offer_partial_refund")) {
            atoms = new ArrayList<>(atoms);
            atoms.add(new Atom.Between(field("item.price"), 10_00, 100_00));
        }
        return new SyntheticRule(name, line, atoms, outcome.name(), args(outcome), obligations(),
                schema.requestField().orElseThrow(), schema.requestValues(outcome));
    }

    private Atom extra() {
        return switch (random.nextInt(8)) {
            case 0 -> new Atom.Flag(field("item.opened"), chance(0.5));
            case 1 -> new Atom.Flag(field("evidence.video"), chance(0.5));
            case 2 -> new Atom.Threshold(field("evidence.photos"), CompareOp.GE,
                    1 + random.nextInt(3));
            case 3 -> new Atom.Flag(field("order.is_cod"), chance(0.5));
            case 4 -> new Atom.EnumIn(field("market"), some(field("market").type().values(), 2));
            case 5 -> new Atom.Threshold(field("since_order"), CompareOp.GT, 48 * 60);
            case 6 -> new Atom.Threshold(field("buyer.account_age"), CompareOp.LT, 30 * DAY);
            default -> new Atom.Fields(field("return_shipping_fee"), CompareOp.GT, field("amount"));
        };
    }

    private List<String> args(OutcomeDef outcome) {
        return switch (outcome.name()) {
            case "offer_partial_refund" -> List.of((10 + 5 * random.nextInt(9)) + "%");
            case "request_evidence", "reject" ->
                    List.of(some(outcome.params().get(0).type().values(), 1).get(0));
            default -> List.of();
        };
    }

    private List<Obligation> obligations() {
        if (!chance(0.1)) {
            return List.of();
        }
        return List.of(chance(0.5) ? new Obligation("tag", List.of("synthetic"))
                : new Obligation("issue_coupon", List.of("5.00 USD")));
    }

    private String weighted() {
        int total = 0;
        for (int weight : WEIGHTS) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < WEIGHTS.length; i++) {
            pick -= WEIGHTS[i];
            if (pick < 0) {
                return OUTCOMES[i];
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    /** Between 1 and {@code most} distinct values, in the order the list has them. */
    private List<String> some(List<String> values, int most) {
        int count = 1 + random.nextInt(Math.min(most, values.size()));
        List<String> remaining = new ArrayList<>(values);
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(remaining.remove(random.nextInt(remaining.size())));
        }
        return values.stream().filter(chosen::contains).toList();
    }

    private long pick(long[] values) {
        return values[random.nextInt(values.length)];
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private Field field(String path) {
        return schema.field(path).orElseThrow();
    }
}
