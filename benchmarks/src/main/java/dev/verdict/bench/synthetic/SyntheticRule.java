package dev.verdict.bench.synthetic;

import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Obligation;
import dev.verdict.runtime.Source;
import dev.verdict.schema.Field;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule of a synthetic policy: its comparisons (all must hold), its outcome with arguments and
 * obligations as canonical text, and the {@code request} values the outcome applies to, which a
 * hand-written chain must test unless the comparisons already do.
 */
public record SyntheticRule(String name, int line, List<Atom> atoms, String outcome,
                            List<String> args, List<Obligation> obligations, Field requestField,
                            List<String> appliesTo) {

    public SyntheticRule {
        atoms = List.copyOf(atoms);
        args = List.copyOf(args);
        obligations = List.copyOf(obligations);
        appliesTo = List.copyOf(appliesTo);
    }

    /** The rule as one line of policy text. */
    public String policyText() {
        String conditions =
                atoms.stream().map(Atom::policyText).collect(Collectors.joining(" and "));
        String action = outcome + (args.isEmpty() ? "" : "(" + String.join(", ", args) + ")");
        String then = obligations.stream().map(SyntheticRule::obligationText)
                .map(o -> ", " + o).collect(Collectors.joining());
        return "rule " + name + ": when " + conditions + " then " + action + then;
    }

    /** The rule's effective condition as Java over {@code r}: its comparisons and applicability. */
    public String java() {
        String conditions = atoms.stream().map(Atom::java).collect(Collectors.joining(" && "));
        boolean appliesToAll = appliesTo.size() == requestField.type().values().size();
        boolean requestTested = atoms.stream()
                .anyMatch(a -> a instanceof Atom.EnumIn in && in.field().equals(requestField));
        if (appliesToAll || requestTested) {
            return conditions;
        }
        return conditions + " && " + new Atom.EnumIn(requestField, appliesTo).java();
    }

    /** What the rule decides when it fires. */
    public Decision decision() {
        return new Decision(outcome, args, obligations, name, line, Source.POLICY);
    }

    private static String obligationText(Obligation obligation) {
        String arg = obligation.args().get(0);
        boolean text = obligation.action().equals("tag");
        return obligation.action() + "(" + (text ? "\"" + arg + "\"" : arg) + ")";
    }
}
