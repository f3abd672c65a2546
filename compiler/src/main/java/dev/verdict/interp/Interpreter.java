package dev.verdict.interp;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Rule;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Setting;
import java.util.List;
import java.util.OptionalLong;

/**
 * The reference evaluator: decides requests by walking a checked policy (SPEC §3-§5). Platform
 * guards in profile order, then the policy's rules in file order, then {@code otherwise}; the
 * first whose condition is true decides, else the schema's fallback. Decisions are built once,
 * so deciding allocates nothing. Immutable and thread-safe.
 */
public final class Interpreter implements Evaluator {

    private final int fieldCount;
    private final ConditionEvaluator conditions;
    private final Expr[] order;
    private final Decision[] decisions;
    private final Decision fallback;

    public Interpreter(CheckedPolicy policy) {
        List<Rule> rules = policy.decisionOrder();
        this.fieldCount = policy.schema().fields().size();
        this.conditions = new ConditionEvaluator(policy.settings());
        this.order = rules.stream().map(Rule::condition).toArray(Expr[]::new);
        this.decisions = rules.stream().map(Decisions::of).toArray(Decision[]::new);
        this.fallback = Decisions.fallback(policy);
    }

    @Override
    public Decision decide(RequestValues request) {
        checkSize(request);
        for (int i = 0; i < order.length; i++) {
            if (conditions.test(order[i], request) == Truth.TRUE) {
                return decisions[i];
            }
        }
        return fallback;
    }

    /** The truth of a condition of this policy for the request, as rules see it. */
    public Truth truth(Expr condition, RequestValues request) {
        checkSize(request);
        return conditions.test(condition, request);
    }

    /** The setting's effective value for the request (SPEC §5), or empty when it has none. */
    public OptionalLong settingValue(Setting setting, RequestValues request) {
        checkSize(request);
        int index = setting.index();
        return conditions.hasValue(index, request)
                ? OptionalLong.of(conditions.value(index, request)) : OptionalLong.empty();
    }

    private void checkSize(RequestValues request) {
        if (request.size() != fieldCount) {
            throw new IllegalArgumentException("a request of " + request.size()
                    + " fields, but the schema has " + fieldCount);
        }
    }
}
