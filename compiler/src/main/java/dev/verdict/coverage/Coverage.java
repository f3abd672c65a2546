package dev.verdict.coverage;

import dev.verdict.interp.Interpreter;
import dev.verdict.interp.Truth;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Rule;
import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.RequestValues;
import dev.verdict.runtime.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Records what requests cover of a policy (docs/coverage.md): for each request, the rules in
 * evaluation order are reached until one fires; on each rule reached, its whole condition and
 * every atom of its written condition are evaluated (all of them: atoms have no side effects)
 * with the interpreter, and their truth values counted. Thread-safe, so it can observe the
 * decisions of a parallel replay ({@link #observing}).
 */
public final class Coverage {

    private final CheckedPolicy policy;
    private final Interpreter interpreter;
    private final List<Target> targets;
    /** Per target: reached, decided; then per atom: true, false, unknown. */
    private final long[][] counts;
    private final List<List<String>> requests = new ArrayList<>();
    private long fallback;
    private long total;
    private final List<String> fallbackRequests = new ArrayList<>();

    private Coverage(CheckedPolicy policy, List<Target> targets) {
        this.policy = policy;
        this.interpreter = new Interpreter(policy);
        this.targets = targets;
        this.counts = new long[targets.size()][];
        for (int i = 0; i < targets.size(); i++) {
            counts[i] = new long[2 + 3 * targets.get(i).atoms().size()];
            requests.add(new ArrayList<>());
        }
    }

    /** Coverage of {@code policy}; {@code sources} holds its file's and its profile's text. */
    public static Coverage of(CheckedPolicy policy, Map<String, String> sources) {
        return new Coverage(policy, Targets.of(policy, sources));
    }

    /** Records one request; {@code label} (nullable) names it among those a rule decided. */
    public synchronized void record(RequestValues request, String label) {
        total++;
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            long[] count = counts[i];
            count[0]++;
            List<Target.Atom> atoms = target.atoms();
            for (int a = 0; a < atoms.size(); a++) {
                count[2 + 3 * a + index(interpreter.truth(atoms.get(a).expr(), request))]++;
            }
            if (interpreter.truth(target.rule().condition(), request) == Truth.TRUE) {
                count[1]++;
                if (label != null) {
                    requests.get(i).add(label);
                }
                return;
            }
        }
        fallback++;
        if (label != null) {
            fallbackRequests.add(label);
        }
    }

    /** {@code evaluator}, recording every request it decides here first. */
    public Evaluator observing(Evaluator evaluator) {
        return request -> {
            record(request, null);
            return evaluator.decide(request);
        };
    }

    private static int index(Truth truth) {
        return switch (truth) {
            case TRUE -> 0;
            case FALSE -> 1;
            case UNKNOWN -> 2;
        };
    }

    public synchronized PolicyCoverage result() {
        List<RuleCoverage> rules = new ArrayList<>();
        List<ConditionCoverage> conditions = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Rule rule = targets.get(i).rule();
            long[] count = counts[i];
            rules.add(new RuleCoverage(rule.name(), rule.file(), rule.line(), rule.source(),
                    count[0], count[1], requests.get(i)));
            if (rule != policy.otherwise()) {
                conditions.add(new ConditionCoverage(rule.file(), rule.span(),
                        "condition of `" + rule.name() + "`", rule.name(), true, count[1],
                        count[0] - count[1], 0));
            }
            List<Target.Atom> atoms = targets.get(i).atoms();
            for (int a = 0; a < atoms.size(); a++) {
                Target.Atom atom = atoms.get(a);
                conditions.add(new ConditionCoverage(atom.file(), atom.span(), atom.text(),
                        rule.name(), false, count[2 + 3 * a], count[3 + 3 * a],
                        count[4 + 3 * a]));
            }
        }
        if (policy.otherwise() == null) {
            rules.add(new RuleCoverage("default", policy.file(), 0, Source.DEFAULT, fallback,
                    fallback, fallbackRequests));
        }
        conditions.sort(Comparator.comparing(ConditionCoverage::file)
                .thenComparing(c -> c.span().line()).thenComparing(c -> c.span().column())
                .thenComparing(c -> !c.whole()));
        return new PolicyCoverage(policy.file(), total, rules, conditions);
    }
}
