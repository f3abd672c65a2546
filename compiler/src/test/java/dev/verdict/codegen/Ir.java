package dev.verdict.codegen;

import dev.verdict.ast.CompareOp;
import dev.verdict.ast.Span;
import dev.verdict.ir.Arg;
import dev.verdict.ir.Cap;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.ObligationCall;
import dev.verdict.ir.OutcomeCall;
import dev.verdict.ir.Profile;
import dev.verdict.ir.Rule;
import dev.verdict.ir.SettingPlan;
import dev.verdict.ir.Term;
import dev.verdict.runtime.Source;
import dev.verdict.schema.Field;
import dev.verdict.schema.OutcomeDef;
import dev.verdict.schema.Schema;
import dev.verdict.schema.Setting;
import dev.verdict.schema.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builders of checked IR over the bundled schema, for tests that do not go through the checker. */
final class Ir {

    static final Schema SCHEMA = Schema.aftersale();
    static final Setting RETURN_WINDOW = SCHEMA.setting("return_window").orElseThrow();
    static final long DAY = 24 * 60;

    private Ir() {
    }

    static Field field(String path) {
        return SCHEMA.field(path).orElseThrow(() -> new IllegalArgumentException(path));
    }

    static Term.FieldTerm f(String path) {
        return new Term.FieldTerm(field(path));
    }

    static Term.Constant c(long value) {
        return new Term.Constant(value);
    }

    static Term.SettingTerm returnWindow() {
        return new Term.SettingTerm(RETURN_WINDOW);
    }

    static Expr cmp(Term left, CompareOp op, Term right) {
        return new Expr.Compare(left, op, right);
    }

    static Expr cmp(String path, CompareOp op, long value) {
        return cmp(f(path), op, c(value));
    }

    static Expr is(String path) {
        return cmp(path, CompareOp.EQ, 1);
    }

    /** {@code path in [values]} for an enum field. */
    static Expr in(String path, String... values) {
        Field field = field(path);
        long mask = 0;
        for (String value : values) {
            int ordinal = field.type().ordinal(value);
            if (ordinal < 0) {
                throw new IllegalArgumentException(value);
            }
            mask |= 1L << ordinal;
        }
        return new Expr.Member(field, mask);
    }

    static Expr and(Expr... operands) {
        return new Expr.And(List.of(operands));
    }

    static Expr or(Expr... operands) {
        return new Expr.Or(List.of(operands));
    }

    static Expr not(Expr operand) {
        return new Expr.Not(operand);
    }

    static Arg arg(String text) {
        return new Arg(Type.STRING, 0, text);
    }

    static OutcomeCall outcome(String name, Arg... args) {
        OutcomeDef outcome = SCHEMA.outcome(name).orElseThrow(()
                -> new IllegalArgumentException(name));
        return new OutcomeCall(outcome, List.of(args));
    }

    static ObligationCall obligation(String name, Arg... args) {
        return new ObligationCall(SCHEMA.obligation(name).orElseThrow(), List.of(args));
    }

    /** A rule whose effective condition adds the outcome's applicability, as the checker does. */
    static Rule rule(String name, int line, Expr written, OutcomeCall outcome,
            ObligationCall... obligations) {
        return rule(name, line, Source.POLICY, written, outcome, obligations);
    }

    static Rule guard(String name, int line, Expr written, OutcomeCall outcome) {
        return rule(name, line, Source.PLATFORM, written, outcome);
    }

    static Rule rule(String name, int line, Source source, Expr written, OutcomeCall outcome,
                     ObligationCall... obligations) {
        Expr applicable = new Expr.Member(SCHEMA.requestField(),
                SCHEMA.applicability(outcome.outcome()));
        return new Rule(name, line, source, "t.policy", new Span(line, 1, line, 2), written,
                Expr.and(List.of(written, applicable)), outcome, List.of(obligations));
    }

    static Rule otherwise(int line, OutcomeCall outcome) {
        return new Rule("otherwise", line, Source.POLICY, "t.policy", new Span(line, 1, line, 2),
                Expr.TRUE, Expr.TRUE, outcome, List.of());
    }

    static SettingPlan.Value value(long value) {
        return new SettingPlan.Value(value, "t.policy", Span.NONE);
    }

    static SettingPlan.ConditionalValue when(Expr where, long value) {
        return new SettingPlan.ConditionalValue(where, value, Span.NONE);
    }

    static Cap cap(Expr where, CompareOp op, long bound) {
        return new Cap(where, op, bound, "t.platform", Span.NONE);
    }

    static SettingPlan plan(List<SettingPlan.ConditionalValue> conditional,
            SettingPlan.Value unconditional,
                            SettingPlan.Value profileDefault, List<Cap> caps) {
        return new SettingPlan(RETURN_WINDOW, conditional, unconditional, profileDefault, caps);
    }

    static Profile profile(List<Rule> guards) {
        return new Profile("test_platform", "Test platform", "t.platform", "USD", guards, List.of(),
                List.of());
    }

    /** A policy reading every field its conditions read. */
    static CheckedPolicy policy(String file, Profile profile, List<Rule> rules, Rule otherwise,
            SettingPlan setting) {
        Set<Field> reads = new HashSet<>();
        List<Rule> all = new ArrayList<>(profile == null ? List.of() : profile.guards());
        all.addAll(rules);
        for (Rule rule : all) {
            reads(rule.condition(), reads);
        }
        for (SettingPlan.ConditionalValue conditional : setting.conditional()) {
            reads(conditional.where(), reads);
        }
        for (Cap cap : setting.caps()) {
            reads(cap.where(), reads);
        }
        return new CheckedPolicy(file, null, SCHEMA, "USD", 2, profile, rules, otherwise,
                List.of(setting),
                reads, List.of());
    }

    private static void reads(Expr expr, Set<Field> into) {
        if (expr instanceof Expr.And and) {
            and.operands().forEach(e -> reads(e, into));
        } else if (expr instanceof Expr.Or or) {
            or.operands().forEach(e -> reads(e, into));
        } else if (expr instanceof Expr.Not not) {
            reads(not.operand(), into);
        } else if (expr instanceof Expr.Member member) {
            into.add(member.field());
        } else if (expr instanceof Expr.Present present) {
            into.add(present.field());
        } else if (expr instanceof Expr.Compare compare) {
            for (Term term : List.of(compare.left(), compare.right())) {
                if (term instanceof Term.FieldTerm field) {
                    into.add(field.field());
                }
            }
        }
    }
}
