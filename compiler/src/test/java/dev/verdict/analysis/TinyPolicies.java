package dev.verdict.analysis;

import dev.verdict.ast.CompareOp;
import dev.verdict.ast.Span;
import dev.verdict.ir.Arg;
import dev.verdict.ir.Cap;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Forbid;
import dev.verdict.ir.Limit;
import dev.verdict.ir.Profile;
import dev.verdict.ir.Rule;
import dev.verdict.ir.SettingPlan;
import dev.verdict.schema.OutcomeDef;
import dev.verdict.schema.Setting;
import dev.verdict.schema.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random small policies over a tiny schema with a setting {@code cap} and the outcomes
 * {@code ok}, {@code review}, {@code only_c} and {@code partial(percent)}, with a profile of
 * guards, limits and forbids; conditions are made of the schema's own atoms. Over
 * {@code tiny.schema} ({@code request}, {@code kind}: 3 values each; {@code count}: optional
 * 0..4; {@code score}: 0..; {@code amount}: money) constants stay within 0..5 (amounts
 * 0.00..0.05), setting values within 0..6, so that {@code amount} 0.06 stands for every larger
 * amount and {@code score} 7 for every larger score: all requests that behave differently can be
 * enumerated ({@link TinyRequests}). Comparisons of enum fields by ordinal, which the checker
 * never produces, exercise the analysis on every form the IR allows. Over
 * {@code tiny_dated.schema} the atoms are {@link DatedAtoms}.
 */
final class TinyPolicies {

    private static final Ir IR = new Ir(Ir.TINY);
    static final TinyPolicies TINY = new TinyPolicies(IR, TinyPolicies::tinyAtoms);
    static final TinyPolicies DATED = new TinyPolicies(new Ir(Ir.DATED),
            settings -> DatedAtoms.atoms());

    /** The percentages rules offer with {@code partial}, in hundredths. */
    private static final long[] PERCENTS = {5_00, 10_00, 30_00, 50_00, 60_00};

    private final Ir ir;
    private final Setting setting;
    private final OutcomeDef partial;
    /** The atoms of conditions, given whether they may compare with settings. */
    private final Function<Boolean, List<Arbitrary<Expr>>> atoms;

    private TinyPolicies(Ir ir, Function<Boolean, List<Arbitrary<Expr>>> atoms) {
        this.ir = ir;
        this.setting = ir.schema().setting("cap").orElseThrow();
        this.partial = ir.schema().outcome("partial").orElseThrow();
        this.atoms = atoms;
    }

    Arbitrary<CheckedPolicy> policies() {
        Arbitrary<Arg> percent = Arbitraries.integers().between(0, PERCENTS.length - 1)
                .map(i -> new Arg(Type.PERCENT, PERCENTS[i], PERCENTS[i] / 100 + "%"));
        Arbitrary<String> outcomes = Arbitraries.of("ok", "review", "only_c", "partial");
        Arbitrary<List<Rule>> rules = Combinators.combine(expr(2, true), outcomes, percent)
                .as(Tuple::of).list().ofMinSize(1).ofMaxSize(6).map(list -> {
                    List<Rule> built = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        var rule = list.get(i);
                        boolean partial = rule.get2().equals("partial");
                        List<Arg> args = partial ? List.of(rule.get3()) : List.of();
                        built.add(ir.rule("r" + i, i + 2, rule.get1(), rule.get2(), args));
                    }
                    return built;
                });
        Arbitrary<List<Rule>> guards = expr(1, true).list().ofMaxSize(1)
                .map(list -> list.stream().map(e -> ir.guard("g", 1, e, "review")).toList());
        Arbitrary<Profile> profile = Combinators
                .combine(guards, limit().list().ofMaxSize(2), forbid().list().ofMaxSize(1))
                .as((g, limits, forbids) -> new Profile("p", "P", "t.platform", "USD", g, limits,
                        forbids))
                .injectNull(0.3);
        return Combinators.combine(rules, profile, plan())
                .as((r, p, plan) -> ir.policy(r, p, List.of(plan)));
    }

    private Arbitrary<Limit> limit() {
        Arbitrary<CompareOp> ops = Arbitraries.of(CompareOp.LE, CompareOp.GE, CompareOp.LT,
                CompareOp.GT);
        Arbitrary<Limit> bounded = Combinators
                .combine(expr(1, false), ops, Arbitraries.longs().between(0, 5))
                .as((where, op, bound) -> new Limit(setting, null, -1, "cap",
                        List.of(new Limit.Bound(op, bound, Long.toString(bound))), List.of(), where,
                        "t.platform", span(4)));
        Arbitrary<Set<Long>> values = Arbitraries.longs().between(0, 5).set().ofMinSize(1)
                .ofMaxSize(3);
        Arbitrary<Limit> oneOf = Combinators.combine(expr(1, false), values)
                .as((where, allowed) -> new Limit(setting, null, -1, "cap", List.of(),
                        List.copyOf(allowed), where, "t.platform", span(5)));
        List<Limit.Bound> between = List.of(new Limit.Bound(CompareOp.GE, 10_00, "10%"),
                new Limit.Bound(CompareOp.LE, 50_00, "50%"));
        Arbitrary<Limit> percent = expr(1, false).map(where -> new Limit(null, partial, 0,
                "partial.percent", between, List.of(), where, "t.platform", span(6)));
        return Arbitraries.oneOf(bounded, oneOf, percent);
    }

    private Arbitrary<Forbid> forbid() {
        return Combinators.combine(Arbitraries.of("ok", "partial"), expr(1, false))
                .as((outcome, where) -> new Forbid(ir.schema().outcome(outcome).orElseThrow(),
                        where, "t.platform", span(7)));
    }

    Arbitrary<SettingPlan> plan() {
        Arbitrary<List<SettingPlan.ConditionalValue>> conditional = Combinators
                .combine(expr(1, false), Arbitraries.longs().between(0, 5))
                .as(Tuple::of).list().ofMaxSize(3).map(list -> {
                    List<SettingPlan.ConditionalValue> values = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        values.add(new SettingPlan.ConditionalValue(list.get(i).get1(),
                                list.get(i).get2(), span(20 + i)));
                    }
                    return values;
                });
        Arbitrary<Long> unconditional = Arbitraries.longs().between(0, 5).injectNull(0.4);
        Arbitrary<Long> profileDefault = Arbitraries.longs().between(0, 5).injectNull(0.5);
        Arbitrary<List<Cap>> caps = Combinators.combine(expr(1, false),
                        Arbitraries.of(CompareOp.LE, CompareOp.LT, CompareOp.GE, CompareOp.GT),
                        Arbitraries.longs().between(0, 5))
                .as((where, op, bound) -> new Cap(where, op, bound, "t.platform", span(30)))
                .list().ofMaxSize(2);
        return Combinators.combine(conditional, unconditional, profileDefault, caps)
                .as((c, u, d, k) -> new SettingPlan(setting, c,
                        u == null ? null : new SettingPlan.Value(u, "t.policy", span(25)),
                        d == null ? null : new SettingPlan.Value(d, "t.platform", span(3)), k));
    }

    Arbitrary<Expr> expr(int depth, boolean settings) {
        if (depth == 0) {
            return Arbitraries.oneOf(atoms.apply(settings));
        }
        Arbitrary<Expr> inner = expr(depth - 1, settings);
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.oneOf(atoms.apply(settings))),
                Tuple.of(2, inner.list().ofMinSize(2).ofMaxSize(3).map(Ir::and)),
                Tuple.of(1, inner.list().ofMinSize(2).ofMaxSize(3).map(Ir::or)),
                Tuple.of(1, inner.map(Ir::not)));
    }

    /** The atoms over {@code tiny.schema}. */
    private static List<Arbitrary<Expr>> tinyAtoms(boolean settings) {
        Arbitrary<CompareOp> ops = Arbitraries.of(CompareOp.class);
        Arbitrary<Long> masks = Arbitraries.longs().between(1, 7);
        Arbitrary<Long> ints = Arbitraries.longs().between(-1, 5);
        Arbitrary<Long> amounts = Arbitraries.longs().between(0, 5);
        List<Arbitrary<Expr>> atoms = new ArrayList<>(List.of(
                masks.map(mask -> new Expr.Member(IR.field("request"), mask)),
                masks.map(mask -> new Expr.Member(IR.field("kind"), mask)),
                Combinators.combine(ops, ints).as((op, v) -> IR.cmp("count", op, v)),
                Combinators.combine(ops, ints).as((op, v) -> IR.cmp("score", op, v)),
                Combinators.combine(ops, amounts).as((op, v) -> IR.cmp("amount", op, v)),
                ops.map(op -> IR.cmp("count", op, "score")),
                Combinators.combine(ops, ints).as((op, v) -> IR.cmp("kind", op, v)),
                ops.map(op -> IR.cmp("request", op, "kind")),
                Arbitraries.just(IR.present("count")),
                Arbitraries.of(Expr.TRUE, Expr.FALSE)));
        if (settings) {
            atoms.add(Combinators.combine(Arbitraries.of("count", "score"), ops)
                    .as((path, op) -> IR.cmpSetting(path, op, "cap")));
        }
        return atoms;
    }

    private static Span span(int line) {
        return new Span(line, 1, line, 10);
    }
}
