package dev.verdict.bench.reference;

import dev.verdict.bench.Contender;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.RequestValues;
import java.util.List;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.api.RulesEngineParameters;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.jeasy.rules.mvel.MVELCondition;

/**
 * The reference policy in Easy Rules 4.1: one rule per guard, rule and {@code otherwise}, each an
 * MVEL condition over the fact {@code r} ({@link ReferenceFacts}), prioritised in first-match order
 * by an engine that stops at the first rule that applies. Absent optional fields are null, so each
 * comparison with one first tests it against null. Not thread-safe (one {@link FiredRule}).
 */
public final class EasyRulesReference implements Contender<Facts> {

    /** In first-match order: the platform guard, the 14 rules, {@code otherwise}. */
    static final List<String> CONDITIONS = List.of(
            "r.request != \"cancel\" && r.sinceDelivery != null && r.sinceDelivery > 43200"
                    + " && (!(r.reason == \"damaged\" || r.reason == \"defective\")"
                    + " || r.sinceDelivery > 129600)",
            "r.buyerCreditScore != null && r.buyerCreditScore < 60 && r.request != \"cancel\"",
            "r.buyerRefunds30d >= 3",
            "r.request == \"cancel\" && (r.orderStatus == \"unpaid\""
                    + " || r.orderStatus == \"awaiting_shipment\") && r.amount < 5000",
            "r.request == \"cancel\" && r.orderStatus == \"in_transit\" && r.amount <= 100000",
            "r.category == \"jewelry\" && r.sinceDelivery != null && r.sinceDelivery > 10080",
            "r.category == \"beauty\" && r.itemOpened != null && r.itemOpened == true",
            "r.request == \"refund_only\" && r.amount < 1500",
            "r.request == \"return_and_refund\" && r.returnShippingFee > r.amount"
                    + " && r.amount < 4000",
            "r.reason == \"size\" && (r.category == \"womenswear\" || r.category == \"menswear\""
                    + " || r.category == \"kids_fashion\") && r.request == \"replacement\""
                    + " && r.amount < 15000",
            "r.reason == \"size\" && r.amount < 8000 && r.request == \"return_and_refund\"",
            "(r.reason == \"damaged\" || r.reason == \"defective\") && r.amount < 3000"
                    + " && (r.request == \"refund_only\" || r.request == \"return_and_refund\")",
            "r.reason == \"not_received\" && r.orderStatus == \"in_transit\"",
            "r.amount >= 50000",
            "r.sinceDelivery != null && r.sinceDelivery > 43200",
            "true");

    private final RulesEngine engine =
            new DefaultRulesEngine(new RulesEngineParameters().skipOnFirstAppliedRule(true));
    private final Rules rules = new Rules();
    private final FiredRule fired = new FiredRule();

    public EasyRulesReference() {
        for (int i = 0; i < CONDITIONS.size(); i++) {
            int position = i;
            rules.register(new RuleBuilder()
                    .name(ReferenceDecisions.at(i).rule())
                    .priority(position)
                    .when(new MVELCondition(CONDITIONS.get(i)))
                    .then(facts -> fired.fire(position))
                    .build());
        }
    }

    @Override
    public Facts prepare(RequestValues request) {
        Facts facts = new Facts();
        facts.put("r", new ReferenceFacts(request));
        return facts;
    }

    @Override
    public Decision decide(Facts facts) {
        fired.reset();
        engine.fire(rules, facts);
        return ReferenceDecisions.at(fired.position());
    }
}
