package dev.verdict.analysis;

import dev.verdict.interp.Interpreter;
import dev.verdict.interp.Truth;
import dev.verdict.ir.Arg;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Forbid;
import dev.verdict.ir.Limit;
import dev.verdict.ir.Rule;
import dev.verdict.ir.SettingPlan;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Lints;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The findings SPEC §6 and §9 call for, worked out by enumerating every request that behaves
 * differently ({@link TinyRequests}) and deciding each with the interpreter. A field at
 * the top of its enumerated values stands for every larger value: "no upper bound" is "reached
 * at the top". Returns {@code "LINE CODE"} strings, sorted.
 */
final class BruteForce {

    private final CheckedPolicy policy;
    private final TinyRequests requests;
    private final List<RequestValues> every;
    private final Interpreter interpreter;
    private final Map<RequestValues, String> decisions = new HashMap<>();
    private final List<String> found = new ArrayList<>();

    BruteForce(CheckedPolicy policy) {
        this.policy = policy;
        this.requests = TinyRequests.of(policy.schema());
        this.every = requests.every();
        this.interpreter = new Interpreter(policy);
        every.forEach(r -> decisions.put(r, interpreter.decide(r).rule()));
    }

    List<String> findings() {
        settings();
        rules();
        return found.stream().sorted().toList();
    }

    private void settings() {
        SettingPlan plan = policy.settings().get(0);
        List<SettingPlan.ConditionalValue> sets = plan.conditional();
        Map<RequestValues, Integer> selected = new HashMap<>();
        for (RequestValues r : every) {
            int branch = -1;
            for (int i = 0; i < sets.size() && branch < 0; i++) {
                branch = holds(sets.get(i).where(), r) ? i : -1;
            }
            selected.put(r, branch);
        }
        for (int later = 1; later < sets.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                int e = earlier;
                int l = later;
                boolean differ = sets.get(e).value() != sets.get(l).value();
                if (differ && every.stream().anyMatch(r -> selected.get(r) == e
                        && holds(sets.get(l).where(), r))) {
                    found.add(sets.get(l).span().line() + " W0403");
                    break;
                }
            }
        }
        for (int i = 0; i < sets.size(); i++) {
            int branch = i;
            limits(sets.get(i).value(), sets.get(i).span().line(), r -> selected.get(r) == branch,
                    null);
        }
        if (plan.unconditional() != null) {
            SettingPlan.Value value = plan.unconditional();
            limits(value.value(), value.span().line(), r -> selected.get(r) < 0, null);
        }
    }

    private void rules() {
        Lints lints = policy.schema().lints();
        for (Rule rule : policy.rules()) {
            if (none(r -> holds(rule.written(), r))) {
                found.add(rule.line() + " W0402");
                continue;
            }
            if (none(r -> holds(rule.condition(), r))) {
                found.add(rule.line() + " E0208");
                continue;
            }
            Predicate<RequestValues> reaches = r -> rule.name().equals(decisions.get(r));
            if (none(reaches)) {
                found.add(rule.line() + " W0401 by " + deciders(rule));
                continue;
            }
            String outcome = rule.outcome().outcome().name();
            if (lints.unboundedApprovals().contains(outcome)
                    && !none(reaches.and(r -> atTop(r, lints.boundedBy())))) {
                found.add(rule.line() + " W0404");
            }
            if (lints.velocityGuarded().contains(outcome)
                    && !none(reaches.and(r -> lints.velocityFields().stream()
                            .allMatch(f -> atTop(r, f))))) {
                found.add(rule.line() + " W0405");
            }
            if (policy.profile() == null) {
                continue;
            }
            for (Forbid forbid : policy.profile().forbids()) {
                if (forbid.outcome().equals(rule.outcome().outcome())
                        && !none(reaches.and(r -> holds(forbid.where(), r)))) {
                    found.add(rule.line() + " E0303");
                    break;
                }
            }
            for (int i = 0; i < rule.outcome().args().size(); i++) {
                Arg arg = rule.outcome().args().get(i);
                int[] param = {rule.outcome().outcome().index(), i};
                limits(arg.value(), rule.line(), reaches, param);
            }
        }
    }

    /**
     * The limits on the setting ({@code param} null) or on an outcome's parameter ({@code param}:
     * outcome and parameter index) that {@code value} breaks where {@code applies}.
     */
    private void limits(long value, int line, Predicate<RequestValues> applies, int[] param) {
        if (policy.profile() == null) {
            return;
        }
        for (Limit limit : policy.profile().limits()) {
            boolean target = param == null ? limit.setting() != null
                    : limit.outcome() != null && limit.outcome().index() == param[0]
                            && limit.paramIndex() == param[1];
            if (!target || limit.allows(value)) {
                continue;
            }
            Predicate<RequestValues> where = r -> holds(limit.where(), r);
            if (none(applies.and(where))) {
                continue;
            }
            boolean everywhere = none(applies.and(where.negate()));
            found.add(line + (!limit.oneOf().isEmpty() || everywhere ? " E0301" : " W0302"));
        }
    }

    /**
     * The guards and rules that decide some request {@code rule} fires for, in evaluation order,
     * as W0401 names them: all up to four, else the first three and how many more.
     */
    private String deciders(Rule rule) {
        List<String> names = new ArrayList<>();
        List<Rule> order = new ArrayList<>(policy.guards());
        order.addAll(policy.rules());
        for (Rule earlier : order) {
            boolean decides = every.stream().anyMatch(r -> earlier.name().equals(decisions.get(r))
                    && holds(rule.condition(), r));
            if (decides) {
                names.add(earlier.name());
            }
        }
        return names.size() > 4 ? String.join(",", names.subList(0, 3)) + "+" + (names.size() - 3)
                : String.join(",", names);
    }

    private boolean holds(Expr condition, RequestValues request) {
        return interpreter.truth(condition, request) == Truth.TRUE;
    }

    private boolean atTop(RequestValues r, String path) {
        return requests.atTop(r, policy.schema().field(path).orElseThrow().index());
    }

    private boolean none(Predicate<RequestValues> predicate) {
        return every.stream().noneMatch(predicate);
    }
}
