package dev.verdict.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.interp.Interpreter;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Rule;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;

/**
 * {@link PolicyDiff} against brute force on pairs of tiny policies, over either tiny schema:
 * every request that behaves differently ({@link TinyRequests}), decided by both versions with
 * the interpreter, is in exactly the change that names its two decisions when they differ, and
 * in none when they do not; every change holds such a request; every printed example shows its
 * change.
 */
class PolicyDiffTest {

    private static final AnalysisOptions GENEROUS =
            new AnalysisOptions(Duration.ofMinutes(1), 100_000);

    @Provide
    Arbitrary<Tuple2<CheckedPolicy, CheckedPolicy>> pairs() {
        return Arbitraries.oneOf(pairs(TinyPolicies.TINY), pairs(TinyPolicies.DATED));
    }

    private static Arbitrary<Tuple2<CheckedPolicy, CheckedPolicy>> pairs(TinyPolicies tiny) {
        Arbitrary<CheckedPolicy> policies = tiny.policies();
        Arbitrary<Tuple2<CheckedPolicy, CheckedPolicy>> independent =
                Combinators.combine(policies, policies).as(net.jqwik.api.Tuple::of);
        Arbitrary<Tuple2<CheckedPolicy, CheckedPolicy>> edited = Combinators
                .combine(policies, Arbitraries.integers().between(0, 5), Arbitraries.of(
                        Edit.values()))
                .as((policy, at, edit) -> net.jqwik.api.Tuple.of(policy, edit.apply(policy, at)));
        return Arbitraries.oneOf(independent, edited);
    }

    @Property(tries = 400)
    void changesMatchEnumeration(@ForAll("pairs") Tuple2<CheckedPolicy, CheckedPolicy> pair) {
        List<Change> changes = PolicyDiff.between(pair.get1(), pair.get2(), GENEROUS);
        Interpreter before = new Interpreter(pair.get1());
        Interpreter after = new Interpreter(pair.get2());
        boolean[] witnessed = new boolean[changes.size()];
        for (RequestValues request : TinyRequests.of(pair.get1().schema()).every()) {
            Decision was = before.decide(request);
            Decision is = after.decide(request);
            List<Integer> holding = holding(changes, request);
            if (PolicyDiff.sameEffect(was, is)) {
                assertEquals(List.of(), holding, request.toString());
                continue;
            }
            assertEquals(1, holding.size(), request.toString());
            Change change = changes.get(holding.get(0));
            assertEquals(was, change.before(), request.toString());
            assertEquals(is, change.after(), request.toString());
            witnessed[holding.get(0)] = true;
        }
        for (int i = 0; i < changes.size(); i++) {
            assertTrue(witnessed[i], "no enumerated request in " + changes.get(i).cases());
        }
    }

    @Property(tries = 400)
    void examplesShowTheirChange(@ForAll("pairs") Tuple2<CheckedPolicy, CheckedPolicy> pair) {
        Interpreter before = new Interpreter(pair.get1());
        Interpreter after = new Interpreter(pair.get2());
        for (Change change : PolicyDiff.between(pair.get1(), pair.get2(), GENEROUS)) {
            RequestValues example = change.example().request();
            assertTrue(change.contains(example), change.example().text());
            assertEquals(change.before(), before.decide(example), change.example().text());
            assertEquals(change.after(), after.decide(example), change.example().text());
        }
    }

    @Property(tries = 200)
    void aPolicyEqualsItself(@ForAll("pairs") Tuple2<CheckedPolicy, CheckedPolicy> pair) {
        assertEquals(List.of(), PolicyDiff.between(pair.get1(), pair.get1(), GENEROUS));
    }

    /**
     * Regression: a diff did not collect the versions' string literals, so it took every string
     * for "any other string" and found no change here.
     */
    @Example
    void tellsStringsApartByTheLiteralsEitherVersionNames() {
        Ir ir = new Ir(Ir.DATED);
        Field carrier = ir.field("carrier");
        CheckedPolicy ups = ir.policy(ir.rule("r0", 2,
                new Expr.TextIn(carrier, List.of("ups")), "only_c"));
        CheckedPolicy dhl = ir.policy(ir.rule("r0", 2,
                new Expr.TextIn(carrier, List.of("dhl")), "only_c"));
        List<Change> changes = PolicyDiff.between(ups, dhl, GENEROUS);
        RequestValues.Builder request = RequestValues.builder(Ir.DATED.fields().size())
                .set(ir.field("request").index(), 2).set(ir.field("shipped").index(), 20_412);
        assertEquals(List.of(List.of("request = c and carrier = \"ups\""),
                List.of("request = c and carrier = \"dhl\"")),
                changes.stream().map(Change::cases).toList());
        assertEquals(List.of(0), holding(changes, request.setText(carrier.index(), "ups")
                .build()));
        assertEquals(List.of(1), holding(changes, request.setText(carrier.index(), "dhl")
                .build()));
        assertEquals(List.of(), holding(changes, request.setText(carrier.index(), "fedex")
                .build()));
    }

    /** The indices of the changes that hold {@code request}. */
    private static List<Integer> holding(List<Change> changes, RequestValues request) {
        List<Integer> holding = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).contains(request)) {
                holding.add(i);
            }
        }
        return holding;
    }

    /** How a version is derived from another: a small edit, as reviewed in a pull request. */
    private enum Edit {
        DROP_RULE, SWAP_RULES, REVERSE_RULES;

        CheckedPolicy apply(CheckedPolicy policy, int at) {
            List<Rule> rules = new ArrayList<>(policy.rules());
            int i = at % rules.size();
            switch (this) {
                case DROP_RULE -> rules.remove(i);
                case SWAP_RULES -> Collections.swap(rules, i, (i + 1) % rules.size());
                case REVERSE_RULES -> Collections.reverse(rules);
            }
            return new CheckedPolicy(policy.file(), policy.displayName(), policy.schema(),
                    policy.currency(), policy.currencyDecimals(), policy.profile(), rules,
                    policy.otherwise(), policy.settings(), policy.reads(), policy.tests());
        }
    }
}
