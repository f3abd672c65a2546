package dev.verdict.codegen;

import static dev.verdict.ast.CompareOp.GE;
import static dev.verdict.ast.CompareOp.GT;
import static dev.verdict.ast.CompareOp.LT;
import static dev.verdict.testing.Ir.and;
import static dev.verdict.testing.Ir.arg;
import static dev.verdict.testing.Ir.cmp;
import static dev.verdict.testing.Ir.days;
import static dev.verdict.testing.Ir.in;
import static dev.verdict.testing.Ir.outcome;
import static dev.verdict.testing.Ir.rule;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Rule;
import dev.verdict.schema.Field;
import dev.verdict.testing.Ir;
import dev.verdict.testing.ReferencePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded synthetic policies of any size with the rule shapes of the reference policy: each rule
 * constrains one or two of the request type, the reason and the category, and compares amounts,
 * durations or counts, the way sellers' rules do.
 */
final class SyntheticPolicy {

    private static final String[] REQUESTS = {"cancel", "refund_only", "return_and_refund",
            "replacement"};
    private static final String[] OUTCOMES = {"approve_cancel", "approve_refund",
            "approve_return_label",
        "approve_replacement"};

    private SyntheticPolicy() {
    }

    static CheckedPolicy build(int size, long seed) {
        Random random = new Random(seed);
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            rules.add(randomRule(i, random));
        }
        return Ir.policy("synthetic" + size + ".policy", ReferencePolicy.build().profile(), rules,
                Ir.otherwise(size + 2, outcome("manual_review")),
                ReferencePolicy.build().settings().get(0));
    }

    private static Rule randomRule(int i, Random random) {
        String name = "rule_" + i;
        int line = i + 2;
        int request = random.nextInt(REQUESTS.length);
        Expr amount = cmp("amount", LT, 1000 + random.nextInt(50_000));
        return switch (random.nextInt(6)) {
            case 0 -> rule(name, line, and(in("request", REQUESTS[request]), value("reason",
                    random), amount),
                    outcome(OUTCOMES[request]));
            case 1 -> rule(name, line, and(value("category", random),
                    cmp("since_delivery", GT, days(1 + random.nextInt(60)))),
                    outcome("reject", arg("outside_return_window")));
            case 2 -> rule(name, line, and(value("reason", random), value("reason", random),
                    amount),
                    outcome("approve_refund"));
            case 3 -> rule(name, line, and(cmp("buyer.credit_score", LT, random.nextInt(100)),
                    value("category", random)), outcome("request_evidence", arg("photos")));
            case 4 -> rule(name, line, and(value("order.status", random), value("reason", random)),
                    outcome("manual_review"));
            default -> rule(name, line, and(cmp("amount", GE, 10_000 + random.nextInt(90_000)),
                    value("category", random), value("reason", random)), outcome("manual_review"));
        };
    }

    /** {@code path = v} for a random value of the enum field. */
    private static Expr value(String path, Random random) {
        Field field = Ir.field(path);
        List<String> values = field.type().values();
        return in(path, values.get(random.nextInt(values.size())));
    }
}
