package dev.verdict.simulate;

import dev.verdict.ir.Arg;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Rule;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Source;
import dev.verdict.schema.OutcomeDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What can decide a policy's requests, in evaluation order: the platform's guards, the
 * policy's rules, and {@code otherwise} or, without one, the schema's fallback. Finds which of
 * them made a decision, by its source, rule name and line (a rule may be named
 * {@code "otherwise"}, so the name alone is not enough).
 */
final class Deciders {

    /** A guard, rule, {@code otherwise} or the fallback ({@code name} and {@code line} null). */
    record Decider(String name, Integer line, Source source, OutcomeDef outcome, List<Arg> args) {

        /** In minor units: what its outcome pays back on a request for {@code amount}. */
        long refund(long amount) {
            return Refunds.of(outcome, args, amount);
        }
    }

    private record Key(Source source, String name, Integer line) {
    }

    private final List<Decider> deciders = new ArrayList<>();
    private final Map<Key, Integer> indexes = new HashMap<>();

    Deciders(CheckedPolicy policy) {
        policy.decisionOrder().forEach(this::add);
        if (policy.otherwise() == null) {
            String fallback = policy.schema().lints().fallback();
            OutcomeDef outcome = policy.schema().outcome(fallback).orElseThrow(
                    () -> new IllegalStateException("schema lacks its fallback " + fallback));
            add(new Decider(null, null, Source.DEFAULT, outcome, List.of()));
        }
    }

    private void add(Rule rule) {
        add(new Decider(rule.name(), rule.line(), rule.source(), rule.outcome().outcome(),
                rule.outcome().args()));
    }

    private void add(Decider decider) {
        indexes.put(new Key(decider.source(), decider.name(), decider.line()), deciders.size());
        deciders.add(decider);
    }

    /** Every decider, in evaluation order. */
    List<Decider> all() {
        return deciders;
    }

    /** The position in {@link #all()} of the decider that made {@code decision}. */
    int indexOf(Decision decision) {
        Integer index = indexes.get(new Key(decision.source(), decision.rule(), decision.line()));
        return Objects.requireNonNull(index,
                () -> "no rule of the policy made " + decision.toJson());
    }
}
