package dev.verdict.interp;

import dev.verdict.ir.Arg;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Rule;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Obligation;
import dev.verdict.runtime.Source;
import java.util.List;

/** The decision each rule makes, and the implicit fallback's (SPEC §4), built once per policy. */
public final class Decisions {

    private Decisions() {
    }

    /** What {@code rule} decides when it fires: its outcome, arguments and obligations, by text. */
    public static Decision of(Rule rule) {
        List<Obligation> obligations = rule.obligations().stream()
                .map(o -> new Obligation(o.obligation().name(), texts(o.args())))
                .toList();
        return new Decision(rule.outcome().outcome().name(), texts(rule.outcome().args()),
                obligations, rule.name(), rule.line(), rule.source());
    }

    /** The decision when no guard, rule or {@code otherwise} fires: the schema's fallback. */
    public static Decision fallback(CheckedPolicy policy) {
        return new Decision(policy.schema().lints().fallback(), List.of(), List.of(), null, null,
                Source.DEFAULT);
    }

    private static List<String> texts(List<Arg> args) {
        return args.stream().map(Arg::text).toList();
    }
}
