package dev.verdict.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verdict.ast.CompareOp;
import dev.verdict.ir.Cap;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.SettingPlan;
import dev.verdict.ir.Term;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Field;
import dev.verdict.testing.Ir;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The interpreter's three-valued logic against a brute-force oracle: random conditions over a
 * few fields (optional ones among them) and a setting, random requests with absent fields, and
 * Kleene's tables written out as tables.
 */
class ThreeValuedLogicTest {

    /** The oracle's own truth values, in table order. */
    private enum K { F, U, T }

    private static final K[][] AND = {
        /*         F    U    T   */
        /* F */ {K.F, K.F, K.F},
        /* U */ {K.F, K.U, K.U},
        /* T */ {K.F, K.U, K.T},
    };
    private static final K[][] OR = {
        /*         F    U    T   */
        /* F */ {K.F, K.U, K.T},
        /* U */ {K.U, K.U, K.T},
        /* T */ {K.T, K.T, K.T},
    };
    private static final K[] NOT = {/* F */ K.T, /* U */ K.U, /* T */ K.F};

    private static final List<String> NUMERIC = List.of("amount", "return_shipping_fee",
            "buyer.credit_score", "since_delivery", "buyer.account_age", "item.opened");
    private static final List<List<String>> COMPARABLE = List.of(
            List.of("amount", "return_shipping_fee"),
            List.of("since_delivery", "buyer.account_age"));
    private static final List<String> FIELDS = List.of("amount", "return_shipping_fee",
            "buyer.credit_score", "since_delivery", "buyer.account_age", "item.opened", "reason",
            "category");

    @Property(tries = 2000)
    void conditionsFollowKleenesTables(@ForAll("conditions") Expr condition,
                                       @ForAll("plans") SettingPlan plan,
                                       @ForAll("requests") RequestValues request) {
        CheckedPolicy policy = Ir.policy().returnWindow(plan)
                .rule(Ir.bare("holds", 1, condition))
                .rule(Ir.bare("fails", 2, new Expr.Not(condition)))
                .build();
        Interpreter interpreter = new Interpreter(policy);
        K expected = truth(condition, plan, request);
        Decision decision = interpreter.decide(request);
        K decided = "holds".equals(decision.rule()) ? K.T
                : "fails".equals(decision.rule()) ? K.F : K.U;
        assertEquals(expected, decided, () -> condition + " on " + request);
        String truth = interpreter.truth(condition, request).name();
        assertEquals(expected.name(), truth.substring(0, 1));
    }

    @Property(tries = 1000)
    void settingsFollowTheirPlans(@ForAll("plans") SettingPlan plan,
                                  @ForAll("requests") RequestValues request) {
        Interpreter interpreter = new Interpreter(Ir.policy().returnWindow(plan).build());
        Optional<Long> expected = setting(plan, request);
        var actual = interpreter.settingValue(Ir.RETURN_WINDOW, request);
        assertEquals(expected.isPresent(), actual.isPresent(), () -> plan + " on " + request);
        expected.ifPresent(value -> assertEquals(value, actual.getAsLong()));
    }

    // The oracle: obviously correct, slow, no short cuts.

    private static K truth(Expr expr, SettingPlan plan, RequestValues request) {
        if (expr instanceof Expr.Const c) {
            return c.value() ? K.T : K.F;
        }
        if (expr instanceof Expr.Not not) {
            return NOT[truth(not.operand(), plan, request).ordinal()];
        }
        if (expr instanceof Expr.And and) {
            K result = K.T;
            for (Expr operand : and.operands()) {
                result = AND[result.ordinal()][truth(operand, plan, request).ordinal()];
            }
            return result;
        }
        if (expr instanceof Expr.Or or) {
            K result = K.F;
            for (Expr operand : or.operands()) {
                result = OR[result.ordinal()][truth(operand, plan, request).ordinal()];
            }
            return result;
        }
        if (expr instanceof Expr.Present present) {
            return request.isPresent(present.field().index()) ? K.T : K.F;
        }
        if (expr instanceof Expr.Member member) {
            Optional<Long> value = field(member.field(), request);
            if (value.isEmpty()) {
                return K.U;
            }
            return (member.mask() & (1L << value.get())) != 0 ? K.T : K.F;
        }
        Expr.Compare compare = (Expr.Compare) expr;
        Optional<Long> left = term(compare.left(), plan, request);
        Optional<Long> right = term(compare.right(), plan, request);
        if (left.isEmpty() || right.isEmpty()) {
            return K.U;
        }
        long l = left.get();
        long r = right.get();
        boolean holds = switch (compare.op()) {
            case EQ -> l == r;
            case NE -> l != r;
            case LT -> l < r;
            case LE -> l <= r;
            case GT -> l > r;
            case GE -> l >= r;
        };
        return holds ? K.T : K.F;
    }

    private static Optional<Long> term(Term term, SettingPlan plan, RequestValues request) {
        if (term instanceof Term.FieldTerm f) {
            return field(f.field(), request);
        }
        if (term instanceof Term.SettingTerm) {
            return setting(plan, request);
        }
        return Optional.of(((Term.Constant) term).value());
    }

    private static Optional<Long> field(Field field, RequestValues request) {
        int index = field.index();
        return request.isPresent(index) ? Optional.of(request.value(index)) : Optional.empty();
    }

    private static Optional<Long> setting(SettingPlan plan, RequestValues request) {
        Optional<Long> value = Optional.empty();
        for (SettingPlan.ConditionalValue conditional : plan.conditional()) {
            if (truth(conditional.where(), plan, request) == K.T) {
                value = Optional.of(conditional.value());
                break;
            }
        }
        if (value.isEmpty() && plan.unconditional() != null) {
            value = Optional.of(plan.unconditional().value());
        }
        if (value.isEmpty() && plan.profileDefault() != null) {
            value = Optional.of(plan.profileDefault().value());
        }
        if (value.isEmpty()) {
            return value;
        }
        long v = value.get();
        for (Cap cap : plan.caps()) {
            if (truth(cap.where(), plan, request) == K.T) {
                v = switch (cap.op()) {
                    case LE -> v > cap.bound() ? cap.bound() : v;
                    case LT -> v >= cap.bound() ? cap.bound() - 1 : v;
                    case GE -> v < cap.bound() ? cap.bound() : v;
                    case GT -> v <= cap.bound() ? cap.bound() + 1 : v;
                    default -> v;
                };
            }
        }
        return Optional.of(v);
    }

    // Generators: small values, so that comparisons often tie.

    @Provide
    Arbitrary<RequestValues> requests() {
        return Arbitraries.integers().between(-1, 3).list().ofSize(FIELDS.size()).map(values -> {
            RequestValues.Builder builder = RequestValues.builder(Ir.SCHEMA.fields().size());
            for (int i = 0; i < FIELDS.size(); i++) {
                if (values.get(i) >= 0) {
                    builder.set(Ir.field(FIELDS.get(i)).index(), values.get(i));
                }
            }
            return builder.build();
        });
    }

    @Provide
    Arbitrary<Expr> conditions() {
        return conditions(true);
    }

    @Provide
    Arbitrary<SettingPlan> plans() {
        Arbitrary<SettingPlan.ConditionalValue> conditional =
                Combinators.combine(conditions(false), small()).as(Ir::when);
        Arbitrary<SettingPlan.Value> value = small().map(Ir::value).injectNull(0.4);
        Arbitrary<CompareOp> ops = Arbitraries.of(CompareOp.LE, CompareOp.LT, CompareOp.GE,
                CompareOp.GT);
        Arbitrary<Cap> cap = Combinators.combine(conditions(false), ops, small()).as(Ir::cap);
        return Combinators.combine(conditional.list().ofMaxSize(2), value, value,
                cap.list().ofMaxSize(2)).as((values, unconditional, profileDefault, caps) ->
                        new SettingPlan(Ir.RETURN_WINDOW, values, unconditional, profileDefault,
                                caps));
    }

    private static Arbitrary<Expr> conditions(boolean withSettings) {
        return Arbitraries.recursive(() -> atoms(withSettings), ThreeValuedLogicTest::compound,
                0, 4);
    }

    private static Arbitrary<Expr> compound(Arbitrary<Expr> operand) {
        return Arbitraries.oneOf(
                operand.list().ofMinSize(2).ofMaxSize(3).map(Expr.And::new),
                operand.list().ofMinSize(2).ofMaxSize(3).map(Expr.Or::new),
                operand.map(Expr.Not::new));
    }

    private static Arbitrary<Expr> atoms(boolean withSettings) {
        Arbitrary<CompareOp> ops = Arbitraries.of(CompareOp.values());
        Arbitrary<Expr> withConstant = Combinators.combine(Arbitraries.of(NUMERIC), ops, small())
                .as(Ir::cmp);
        Arbitrary<Expr> fieldWithField = Combinators.combine(Arbitraries.of(COMPARABLE), ops)
                .as((pair, op) -> Ir.cmp(Ir.f(pair.get(0)), op, Ir.f(pair.get(1))));
        Arbitrary<Expr> member = Combinators.combine(Arbitraries.of("reason", "category"),
                Arbitraries.longs().between(0, 15))
                .as((path, mask) -> new Expr.Member(Ir.field(path), mask));
        Arbitrary<Expr> present = Arbitraries.of(FIELDS).map(Ir::present);
        Arbitrary<Expr> constant = Arbitraries.of(Expr.TRUE, Expr.FALSE);
        if (!withSettings) {
            return Arbitraries.oneOf(withConstant, fieldWithField, member, present, constant);
        }
        Arbitrary<Term> other =
                Arbitraries.oneOf(small().map(Ir::c), Arbitraries.just(Ir.f("since_delivery")));
        Arbitrary<Expr> withSetting = Combinators.combine(other, ops, Arbitraries.of(true, false))
                .as((term, op, settingFirst) -> settingFirst ? Ir.cmp(Ir.returnWindow(), op, term)
                        : Ir.cmp(term, op, Ir.returnWindow()));
        return Arbitraries.oneOf(withConstant, fieldWithField, member, present, constant,
                withSetting);
    }

    private static Arbitrary<Long> small() {
        return Arbitraries.longs().between(0, 3);
    }
}
