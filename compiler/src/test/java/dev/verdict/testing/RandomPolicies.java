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
import dev.verdict.runtime.RequestValues;
import dev.verdict.runtime.Source;
import dev.verdict.schema.Field;
import dev.verdict.schema.Kind;
import dev.verdict.schema.ObligationDef;
import dev.verdict.schema.OutcomeDef;
import dev.verdict.schema.Param;
import dev.verdict.schema.Schema;
import dev.verdict.schema.Setting;
import dev.verdict.schema.Type;
import dev.verdict.testing.Ir;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random checked policies over a schema (the bundled {@code aftersale} unless given) and random
 * requests for them, driven by what the schema declares: every operator, optional fields (absent
 * in a third of requests), field-against-field and setting comparisons, enum sets, bools, dates
 * and timestamps, string sets, presence tests, constants, guards, settings with conditional
 * values, defaults and caps, outcomes with their arguments and applicability, obligations, with
 * and without {@code otherwise}; names and arguments sometimes full of quotes, backslashes, line
 * separators and non-ASCII text. A kind of condition the schema has no field for is not made.
 */
public final class RandomPolicies {

    /** Strings that string fields are compared with and take, from few so that they often tie. */
    private static final String[] TEXTS = {"ups", "UPS", "dhl", "", "é\"", "夏"};
    /** 2025-11-20 (epoch day 20,412), around which dates and timestamps are picked. */
    private static final long BASE_DAY = 20_412;
    private static final long DAY_MILLIS = 86_400_000L;

    private static final String[] NAMES = {"risky", "rule@3", "a \"quoted\" \\ name",
            "*/ } class X {",
        "line\nbreak", "夏装特惠-50美元以下免审", "sep\u2028arator", "\\u0022", "emoji \uD83D\uDE00",
                "tab\tcr\r"};

    private final Random random;
    private final Schema schema;
    private final List<Field> fields;
    private boolean settingsAllowed;

    public RandomPolicies(Random random) {
        this(random, Ir.SCHEMA);
    }

    public RandomPolicies(Random random, Schema schema) {
        this.random = random;
        this.schema = schema;
        this.fields = schema.fields();
    }

    /** A policy of up to {@code maxRules} rules, in file {@code file}. */
    public CheckedPolicy policy(String file, int maxRules) {
        List<Rule> guards = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            guards.add(rule(Source.PLATFORM, guards.size() + 1));
        }
        Profile profile = random.nextInt(4) == 0 ? null : Ir.profile(guards);
        List<Rule> rules = new ArrayList<>();
        for (int i = random.nextInt(maxRules + 1); i > 0; i--) {
            rules.add(rule(Source.POLICY, rules.size() + 10));
        }
        Rule otherwise = random.nextBoolean() ? null : Ir.otherwise(99, outcome());
        List<SettingPlan> settings = new ArrayList<>();
        for (Setting setting : schema.settings()) {
            settings.add(setting(setting));
        }
        return Ir.policy(schema, file, profile, rules, otherwise, settings);
    }

    /** A request with every required field and each optional one present two times in three. */
    public RequestValues request() {
        RequestValues.Builder values = RequestValues.builder(fields.size());
        for (Field field : fields) {
            if (field.type().kind() == Kind.STRING) {
                if (!field.optional() || random.nextInt(3) > 0) {
                    values.setText(field.index(), random.nextInt(4) == 0 ? "other" : text(4));
                }
            } else if (!field.optional() || random.nextInt(3) > 0) {
                values.set(field.index(), value(field.type()));
            }
        }
        return values.build();
    }

    private Rule rule(Source source, int line) {
        OutcomeCall outcome = outcome();
        settingsAllowed = true;
        Expr written = expr(3);
        settingsAllowed = false;
        Expr applicable = outcome.outcome().appliesAlways() ? Expr.TRUE
                : (Expr) outcome.outcome().applies().lowered();
        List<ObligationCall> obligations = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            for (ObligationDef obligation : schema.obligations()) {
                obligations.add(new ObligationCall(obligation, args(obligation.params())));
            }
        }
        return new Rule(text(), line, source, "t.policy", new Span(line, 1, line, 2), written,
                Expr.and(List.of(written, applicable)), outcome, obligations);
    }

    private OutcomeCall outcome() {
        List<OutcomeDef> outcomes = schema.outcomes();
        OutcomeDef outcome = outcomes.get(random.nextInt(outcomes.size()));
        return new OutcomeCall(outcome, args(outcome.params()));
    }

    /** An argument for each parameter, of its kind. */
    private List<Arg> args(List<Param> params) {
        List<Arg> args = new ArrayList<>();
        for (Param param : params) {
            Type type = param.type();
            args.add(switch (type.kind()) {
                case ENUM -> {
                    int ordinal = random.nextInt(type.values().size());
                    yield new Arg(type, ordinal, type.values().get(ordinal));
                }
                case PERCENT -> {
                    int percent = random.nextInt(90);
                    yield new Arg(type, percent * 100L, percent + "%");
                }
                case MONEY -> new Arg(type, 500, "5.00 USD");
                default -> Ir.arg(text());
            });
        }
        return args;
    }

    private SettingPlan setting(Setting setting) {
        Type type = setting.type();
        List<SettingPlan.ConditionalValue> conditional = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            conditional.add(Ir.when(expr(2), value(type)));
        }
        List<Cap> caps = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            caps.add(Ir.cap(random.nextInt(3) == 0 ? Expr.TRUE : expr(2), op(), value(type)));
        }
        SettingPlan.Value unconditional = random.nextInt(3) == 0 ? Ir.value(value(type)) : null;
        SettingPlan.Value profileDefault = random.nextInt(3) > 0 ? Ir.value(value(type)) : null;
        return new SettingPlan(setting, conditional, unconditional, profileDefault, caps);
    }

    /** A condition; settings appear in rule conditions only (E0210). */
    private Expr expr(int depth) {
        int choice = random.nextInt(depth > 0 ? 10 : 7);
        return switch (choice) {
            case 0, 1 -> compare();
            case 2 -> hasKind(Kind.STRING) ? texts() : compare();
            case 3 -> hasKind(Kind.ENUM) ? member() : compare();
            case 4 -> random.nextInt(4) == 0 || fields.stream().noneMatch(Field::optional)
                    ? (random.nextBoolean() ? Expr.TRUE : Expr.FALSE)
                    : new Expr.Present(optionalField());
            case 5 -> hasKind(Kind.BOOL) ? boolCompare() : compare();
            case 6 -> fieldCompare();
            case 7 -> new Expr.Not(expr(depth - 1));
            case 8 -> new Expr.And(operands(depth));
            default -> new Expr.Or(operands(depth));
        };
    }

    private List<Expr> operands(int depth) {
        List<Expr> operands = new ArrayList<>();
        for (int i = 2 + random.nextInt(3); i > 0; i--) {
            operands.add(expr(depth - 1));
        }
        return operands;
    }

    private static final Kind[] ORDERED = {Kind.MONEY, Kind.INT, Kind.DURATION, Kind.DATE,
        Kind.TIMESTAMP};

    private Expr compare() {
        Field field = fieldOf(ORDERED);
        Term constant = new Term.Constant(value(field.type()));
        return random.nextBoolean() ? new Expr.Compare(new Term.FieldTerm(field), op(), constant)
                : new Expr.Compare(constant, op(), new Term.FieldTerm(field));
    }

    private Expr fieldCompare() {
        Field left = fieldOf(ORDERED);
        List<Setting> alike = schema.settings().stream()
                .filter(s -> s.type().kind() == left.type().kind()).toList();
        Term right = settingsAllowed && random.nextInt(3) == 0 && !alike.isEmpty()
                ? new Term.SettingTerm(alike.get(random.nextInt(alike.size())))
                : new Term.FieldTerm(fieldOf(left.type().kind()));
        return new Expr.Compare(new Term.FieldTerm(left), op(), right);
    }

    private Expr boolCompare() {
        Field field = fieldOf(Kind.BOOL);
        Term right = random.nextInt(4) == 0 ? new Term.FieldTerm(fieldOf(Kind.BOOL))
                : new Term.Constant(random.nextInt(3) == 0 ? random.nextInt(3) : 1);
        CompareOp op = random.nextInt(4) == 0 ? op() : random.nextBoolean() ? CompareOp.EQ
                : CompareOp.NE;
        return new Expr.Compare(new Term.FieldTerm(field), op, right);
    }

    private Expr member() {
        Field field = fieldOf(Kind.ENUM);
        long all = field.type().allValues();
        long mask = random.nextInt(5) == 0 ? 1L << random.nextInt(field.type().values().size())
                : random.nextLong() & all;
        return new Expr.Member(field, mask == 0 ? all : mask);
    }

    private Expr texts() {
        Field field = fieldOf(Kind.STRING);
        List<String> values = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            values.add(text(4));
        }
        return new Expr.TextIn(field, values);
    }

    private boolean hasKind(Kind kind) {
        return fields.stream().anyMatch(f -> f.type().kind() == kind);
    }

    private Field fieldOf(Kind... kinds) {
        List<Field> matching = fields.stream().filter(f
                -> List.of(kinds).contains(f.type().kind())).toList();
        return matching.get(random.nextInt(matching.size()));
    }

    private Field optionalField() {
        List<Field> optional = fields.stream().filter(Field::optional).toList();
        return optional.get(random.nextInt(optional.size()));
    }

    private CompareOp op() {
        return CompareOp.values()[random.nextInt(CompareOp.values().length)];
    }

    /** A value of the type, from a few values so that comparisons often tie. */
    private long value(Type type) {
        return switch (type.kind()) {
            case ENUM -> random.nextInt(type.values().size());
            case BOOL -> random.nextInt(2);
            case INT -> Math.max(type.min(), Math.min(type.max(), random.nextInt(8) * 15L - 5));
            case DURATION -> duration();
            case DATE -> BASE_DAY + random.nextInt(8) - 4;
            case TIMESTAMP -> (BASE_DAY + random.nextInt(4) - 2) * DAY_MILLIS
                    + random.nextInt(3) * DAY_MILLIS / 2 - random.nextInt(2);
            default -> random.nextInt(8) * 2_500L;
        };
    }

    private long duration() {
        return random.nextInt(8) * 7 * 24 * 60L;
    }

    /** One of the first {@code count} of {@link #TEXTS}. */
    private String text(int count) {
        return TEXTS[random.nextInt(Math.min(count, TEXTS.length))];
    }

    private String text() {
        return random.nextInt(3) == 0 ? NAMES[random.nextInt(NAMES.length)] : "r"
                + random.nextInt(1000);
    }
}
