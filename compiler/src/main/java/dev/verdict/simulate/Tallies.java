package dev.verdict.simulate;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.simulate.Deciders.Decider;
import dev.verdict.simulate.Simulation.OutcomeRow;
import dev.verdict.simulate.Simulation.RuleRow;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One policy's decisions on the replayed requests, counted three ways: per outcome (with its
 * arguments), per deciding rule, and in total. Mutable.
 */
final class Tallies {

    private final CheckedPolicy policy;
    private final Deciders deciders;
    private final Tally[] byRule;
    private final Map<OutcomeLabel, Tally> byOutcome = new LinkedHashMap<>();
    private final Tally total = new Tally();

    Tallies(CheckedPolicy policy) {
        this.policy = policy;
        this.deciders = new Deciders(policy);
        this.byRule = new Tally[deciders.all().size()];
        for (int i = 0; i < byRule.length; i++) {
            byRule[i] = new Tally();
        }
    }

    Deciders deciders() {
        return deciders;
    }

    /** Adds what the deciders decided in one block of history, blocks in history order. */
    void add(DeciderCounts block) {
        for (int nth = 0; nth < block.deciding(); nth++) {
            int rule = block.decider(nth);
            long count = block.count(rule);
            BigInteger amount = block.amount(rule);
            BigInteger refunds = block.refunds(rule);
            byRule[rule].add(count, amount, refunds);
            byOutcome.computeIfAbsent(OutcomeLabel.of(block.decision(rule)),
                    label -> new Tally()).add(count, amount, refunds);
            total.add(count, amount, refunds);
        }
    }

    Tally total() {
        return total;
    }

    /** The outcomes decided, in schema order; one outcome's arguments in order of appearance. */
    List<OutcomeRow> outcomes() {
        List<OutcomeRow> rows = new ArrayList<>();
        byOutcome.forEach((label, tally) ->
                rows.add(new OutcomeRow(label, tally.count(), tally.amount(), tally.refunds())));
        rows.sort(Comparator.comparingInt(row -> schemaIndex(row.outcome())));
        return rows;
    }

    /** Every guard and rule in evaluation order, those that never decided included. */
    List<RuleRow> rules() {
        List<RuleRow> rows = new ArrayList<>();
        for (int i = 0; i < byRule.length; i++) {
            Decider decider = deciders.all().get(i);
            rows.add(new RuleRow(decider.name(), decider.line(), decider.source(),
                    byRule[i].count(), byRule[i].refunds()));
        }
        return rows;
    }

    private int schemaIndex(OutcomeLabel label) {
        return policy.schema().outcome(label.outcome()).orElseThrow().index();
    }
}
