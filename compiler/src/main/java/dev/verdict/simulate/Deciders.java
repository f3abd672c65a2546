package dev.verdict.simulate;

import dev.verdict.ir.Arg;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Rule;
import dev.verdict.runtime.Source;
import dev.verdict.schema.OutcomeDef;
import java.util.ArrayList;
import java.util.List;

/**
 * What can decide a policy's requests, in evaluation order: the platform's guards, the
 * policy's rules, and {@code otherwise} or, without one, the schema's fallback. Finds which of
 * them made a decision, by its source, rule name and line (a rule may be named
 * {@code "otherwise"}, so the name alone is not enough).
 */
final class Deciders {

    /** A guard, rule, {@code otherwise} or the fallback ({@code name} and {@code line} null). */
    record Decider(String name, Integer line, Source source, OutcomeDef outcome, List<Arg> args) {
    }

    private final List<Decider> deciders = new ArrayList<>();
    private final DeciderTable table;

    Deciders(CheckedPolicy policy) {
        policy.decisionOrder().forEach(this::add);
        if (policy.otherwise() == null) {
            String fallback = policy.schema().lints().fallback();
            OutcomeDef outcome = policy.schema().outcome(fallback).orElseThrow(
                    () -> new IllegalStateException("schema lacks its fallback " + fallback));
            add(new Decider(null, null, Source.DEFAULT, outcome, List.of()));
        }
        table = new DeciderTable(deciders);
    }

    private void add(Rule rule) {
        add(new Decider(rule.name(), rule.line(), rule.source(), rule.outcome().outcome(),
                rule.outcome().args()));
    }

    private void add(Decider decider) {
        deciders.add(decider);
    }

    /** Every decider, in evaluation order. */
    List<Decider> all() {
        return deciders;
    }

    /** Which decider made a decision, and what each pays back: to send to other machines. */
    DeciderTable table() {
        return table;
    }
}
