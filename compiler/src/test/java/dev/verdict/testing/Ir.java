package dev.verdict.testing;

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
import dev.verdict.ir.TestCase;
import dev.verdict.runtime.Durations;
import dev.verdict.runtime.RequestValues;
import dev.verdict.runtime.Source;
import dev.verdict.schema.Field;
import dev.verdict.schema.OutcomeDef;
import dev.verdict.schema.Schema;
import dev.verdict.schema.Setting;
import dev.verdict.schema.Type;
import dev.verdict.source.Schemas;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Small builders of checked IR over the bundled schema, for tests that bypass the checker:
 * conditions, rules, setting plans, requests and whole policies (USD, file {@code t.policy}).
 */
public final class Ir {

    public static final Schema SCHEMA = Schemas.aftersale();
    public static final Setting RETURN_WINDOW = SCHEMA.setting("return_window").orElseThrow();

    private Ir() {
    }

    public static Field field(String path) {
        return SCHEMA.field(path).orElseThrow(() -> new IllegalArgumentException(path));
    }

    public static Term.FieldTerm f(String path) {
        return new Term.FieldTerm(field(path));
    }

    public static Term.Constant c(long value) {
        return new Term.Constant(value);
    }

    public static Term.SettingTerm returnWindow() {
        return new Term.SettingTerm(RETURN_WINDOW);
    }

    public static Expr cmp(Term left, CompareOp op, Term right) {
        return new Expr.Compare(left, op, right);
    }

    public static Expr cmp(String path, CompareOp op, long value) {
        return cmp(f(path), op, c(value));
    }

    /** A bare bool field, as the checker lowers it: {@code path = 1}. */
    public static Expr is(String path) {
        return cmp(path, CompareOp.EQ, 1);
    }

    /** {@code path in [values]} for an enum field. */
    public static Expr in(String path, String... values) {
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

    public static Expr present(String path) {
        return new Expr.Present(field(path));
    }

    public static Expr and(Expr... operands) {
        return new Expr.And(List.of(operands));
    }

    public static Expr or(Expr... operands) {
        return new Expr.Or(List.of(operands));
    }

    public static Expr not(Expr operand) {
        return new Expr.Not(operand);
    }

    public static long days(long count) {
        return count * Durations.DAY;
    }

    public static Arg arg(String text) {
        return new Arg(Type.STRING, 0, text);
    }

    public static OutcomeCall outcome(String name, Arg... args) {
        OutcomeDef outcome = SCHEMA.outcome(name)
                .orElseThrow(() -> new IllegalArgumentException(name));
        return new OutcomeCall(outcome, List.of(args));
    }

    public static ObligationCall obligation(String name, Arg... args) {
        return new ObligationCall(SCHEMA.obligation(name).orElseThrow(), List.of(args));
    }

    /** A policy rule whose condition adds the outcome's applicability, as the checker does. */
    public static Rule rule(String name, int line, Expr written, OutcomeCall outcome,
                            ObligationCall... obligations) {
        return rule(name, line, Source.POLICY, written, outcome, obligations);
    }

    public static Rule guard(String name, int line, Expr written, OutcomeCall outcome) {
        return rule(name, line, Source.PLATFORM, written, outcome);
    }

    public static Rule rule(String name, int line, Source source, Expr written,
                            OutcomeCall outcome, ObligationCall... obligations) {
        Expr applicable = outcome.outcome().appliesAlways() ? Expr.TRUE
                : (Expr) outcome.outcome().applies().lowered();
        return new Rule(name, line, source, "t.policy", span(line), written,
                Expr.and(List.of(written, applicable)), outcome, List.of(obligations));
    }

    /** A rule that fires exactly when {@code condition} is true, whatever the request type. */
    public static Rule bare(String name, int line, Expr condition) {
        return new Rule(name, line, Source.POLICY, "t.policy", span(line), condition, condition,
                outcome("manual_review"), List.of());
    }

    public static Rule otherwise(int line, OutcomeCall outcome) {
        return new Rule("otherwise", line, Source.POLICY, "t.policy", span(line), Expr.TRUE,
                Expr.TRUE, outcome, List.of());
    }

    private static Span span(int line) {
        return new Span(line, 1, line, 2);
    }

    public static SettingPlan.Value value(long value) {
        return new SettingPlan.Value(value, "t.policy", Span.NONE);
    }

    public static SettingPlan.ConditionalValue when(Expr where, long value) {
        return new SettingPlan.ConditionalValue(where, value, Span.NONE);
    }

    public static Cap cap(Expr where, CompareOp op, long bound) {
        return new Cap(where, op, bound, "t.platform", Span.NONE);
    }

    /** The plan of {@code return_window}. */
    public static SettingPlan plan(List<SettingPlan.ConditionalValue> conditional,
                                   SettingPlan.Value unconditional,
                                   SettingPlan.Value profileDefault, List<Cap> caps) {
        return new SettingPlan(RETURN_WINDOW, conditional, unconditional, profileDefault, caps);
    }

    /** A {@code return_window} with no value anywhere. */
    public static SettingPlan noValue() {
        return plan(List.of(), null, null, List.of());
    }

    public static Profile profile(List<Rule> guards) {
        return new Profile("test_platform", "Test platform", "t.platform", "USD", guards,
                List.of(), List.of());
    }

    /** A request with some fields set, enums by name: {@code request("reason", "size")}. */
    public static RequestValues request(Object... pathsAndValues) {
        RequestValues.Builder builder = RequestValues.builder(SCHEMA.fields().size());
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            Field field = field((String) pathsAndValues[i]);
            Object value = pathsAndValues[i + 1];
            long v = value instanceof String name ? field.type().ordinal(name)
                    : value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).longValue();
            if (v < 0) {
                throw new IllegalArgumentException(value + " for " + field.path());
            }
            builder.set(field.index(), v);
        }
        return builder.build();
    }

    public static TestCase test(String name, RequestValues request, String outcome,
                                List<String> args, String rule) {
        return new TestCase(name, "t.policy", Span.NONE, request, outcome, args, null, rule);
    }

    /** A policy reading every field its conditions read, with no tests. */
    public static CheckedPolicy policy(String file, Profile profile, List<Rule> rules,
                                       Rule otherwise, SettingPlan setting) {
        return policy(SCHEMA, file, profile, rules, otherwise, List.of(setting));
    }

    /**
     * A policy of {@code schema}, with one plan per setting of the schema, reading every field
     * its conditions read, with no tests.
     */
    public static CheckedPolicy policy(Schema schema, String file, Profile profile,
                                       List<Rule> rules, Rule otherwise,
                                       List<SettingPlan> settings) {
        Set<Field> reads = new HashSet<>();
        List<Rule> all = new ArrayList<>(profile == null ? List.of() : profile.guards());
        all.addAll(rules);
        for (Rule rule : all) {
            reads(rule.condition(), reads);
        }
        for (SettingPlan setting : settings) {
            for (SettingPlan.ConditionalValue conditional : setting.conditional()) {
                reads(conditional.where(), reads);
            }
            for (Cap cap : setting.caps()) {
                reads(cap.where(), reads);
            }
        }
        return new CheckedPolicy(file, null, schema, "USD", 2, profile, rules, otherwise,
                settings, reads, List.of());
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
        } else if (expr instanceof Expr.TextIn text) {
            into.add(text.field());
        } else if (expr instanceof Expr.Compare compare) {
            for (Term term : List.of(compare.left(), compare.right())) {
                if (term instanceof Term.FieldTerm field) {
                    into.add(field.field());
                }
            }
        }
    }

    /** A policy built part by part; it reads only the fields given to {@link Policy#reads}. */
    public static Policy policy() {
        return new Policy();
    }

    /** Collects the parts of a {@link CheckedPolicy}; the fields it reads are only those given. */
    public static final class Policy {
        private final List<Rule> guards = new ArrayList<>();
        private final List<Rule> rules = new ArrayList<>();
        private final List<TestCase> tests = new ArrayList<>();
        private final Set<Field> reads = new HashSet<>();
        private Rule otherwise;
        private SettingPlan returnWindow = noValue();
        private boolean platform;

        private Policy() {
        }

        public Policy guard(Rule guard) {
            guards.add(guard);
            platform = true;
            return this;
        }

        public Policy rule(Rule rule) {
            rules.add(rule);
            return this;
        }

        public Policy otherwise(Rule rule) {
            otherwise = rule;
            return this;
        }

        public Policy returnWindow(SettingPlan plan) {
            returnWindow = plan;
            return this;
        }

        public Policy test(TestCase test) {
            tests.add(test);
            return this;
        }

        public Policy reads(String... paths) {
            for (String path : paths) {
                reads.add(field(path));
            }
            return this;
        }

        public CheckedPolicy build() {
            return new CheckedPolicy("t.policy", "test", SCHEMA, "USD", 2,
                    platform ? profile(guards) : null, rules, otherwise, List.of(returnWindow),
                    reads, tests);
        }
    }
}
