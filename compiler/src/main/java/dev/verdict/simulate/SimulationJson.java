package dev.verdict.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.verdict.runtime.Obligation;
import dev.verdict.simulate.Comparison.Change;
import dev.verdict.simulate.Comparison.Transition;
import dev.verdict.simulate.Simulation.InvalidLine;
import dev.verdict.simulate.Simulation.OutcomeRow;
import dev.verdict.simulate.Simulation.RuleRow;
import java.io.UncheckedIOException;

/**
 * A simulation as one JSON document on one line (the shape is in {@code docs/simulate.md}).
 * Money is a string in the currency's decimals ({@code "12.50"}), as requests write it.
 */
public final class SimulationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SimulationJson() {
    }

    public static String render(Simulation simulation) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("policy", simulation.policy());
        root.put("currency", simulation.currency());
        root.put("decided", simulation.decided());
        root.put("amount", simulation.money(simulation.amount()));
        root.put("refunds", simulation.money(simulation.refunds()));
        ArrayNode outcomes = root.putArray("outcomes");
        for (OutcomeRow row : simulation.outcomes()) {
            ObjectNode outcome = label(outcomes.addObject(), row.outcome());
            outcome.put("count", row.count());
            outcome.put("share", simulation.share(row.count()));
            outcome.put("amount", simulation.money(row.amount()));
            outcome.put("refunds", simulation.money(row.refunds()));
        }
        ArrayNode rules = root.putArray("rules");
        for (RuleRow row : simulation.rules()) {
            ObjectNode rule = rules.addObject();
            rule.put("rule", row.name());
            rule.put("line", row.line());
            rule.put("source", row.source().word());
            rule.put("count", row.count());
            rule.put("share", simulation.share(row.count()));
            rule.put("refunds", simulation.money(row.refunds()));
        }
        root.put("invalid", simulation.invalid());
        ArrayNode invalidLines = root.putArray("invalidLines");
        for (InvalidLine line : simulation.invalidLines()) {
            invalidLines.addObject().put("line", line.line()).put("message", line.message())
                    .put("field", line.field());
        }
        if (simulation.comparison() == null) {
            root.putNull("baseline");
        } else {
            comparison(root.putObject("baseline"), simulation, simulation.comparison());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void comparison(ObjectNode node, Simulation simulation, Comparison comparison) {
        node.put("policy", comparison.baseline());
        node.put("changed", comparison.changed());
        ArrayNode transitions = node.putArray("transitions");
        for (Transition transition : comparison.transitions()) {
            ObjectNode entry = transitions.addObject();
            decision(entry.putObject("from"), transition.from());
            decision(entry.putObject("to"), transition.to());
            entry.put("count", transition.count());
        }
        node.putObject("refunds")
                .put("baseline", simulation.money(comparison.oldRefunds()))
                .put("policy", simulation.money(comparison.newRefunds()))
                .put("difference", simulation.signedMoney(comparison.difference()));
        ArrayNode examples = node.putArray("examples");
        for (Change change : comparison.examples()) {
            ObjectNode example = examples.addObject();
            example.put("line", change.line());
            example.putRawValue("request", new RawValue(change.request()));
            example.putRawValue("old", new RawValue(change.old().toJson()));
            example.putRawValue("new", new RawValue(change.now().toJson()));
        }
    }

    private static void decision(ObjectNode node, DecisionLabel label) {
        label(node, label.outcome());
        ArrayNode obligations = node.putArray("obligations");
        for (Obligation obligation : label.obligations()) {
            ArrayNode args = obligations.addObject().put("action", obligation.action())
                    .putArray("args");
            obligation.args().forEach(args::add);
        }
    }

    private static ObjectNode label(ObjectNode node, OutcomeLabel label) {
        node.put("outcome", label.outcome());
        ArrayNode args = node.putArray("args");
        label.args().forEach(args::add);
        return node;
    }
}
