package dev.verdict.check;

import dev.verdict.ast.CompareOp;
import dev.verdict.ast.Cond;
import dev.verdict.ast.Operand;
import dev.verdict.ast.Operand.PathRef;
import dev.verdict.diag.CheckDiagnostics;
import dev.verdict.diag.ValueDiagnostics;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Term;
import dev.verdict.schema.Field;
import dev.verdict.schema.Kind;
import dev.verdict.schema.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/**
 * Checks a written condition and lowers it to an {@link Expr} (SPEC §3): names resolve to
 * fields, settings, enum values or {@code let} lists; comparisons are typed; sugar is gone
 * ({@code between} is two comparisons, enum tests are {@link Expr.Member}s). A condition with
 * an error lowers to null; each independent error is reported once, and an atom that failed
 * is not looked at further, so one mistake yields one diagnostic.
 */
final class ConditionLowering {

    private final Scope scope;
    private final ConstantChecker constants;
    private final TextLowering texts;
    private final String settingBan;

    /**
     * {@code settingBan} is null where settings may be used (rules, guards, forbids), else how
     * E0210 names the condition: "a `set` condition".
     */
    ConditionLowering(Scope scope, String settingBan) {
        this.scope = scope;
        this.constants = new ConstantChecker(scope);
        this.texts = new TextLowering(scope);
        this.settingBan = settingBan;
    }

    /** The lowered condition, or null after reporting its errors. */
    Expr lower(Cond cond) {
        if (cond instanceof Cond.And and) {
            List<Expr> operands = lowerAll(and.operands());
            return operands == null ? null : new Expr.And(operands);
        }
        if (cond instanceof Cond.Or or) {
            List<Expr> operands = lowerAll(or.operands());
            return operands == null ? null : new Expr.Or(operands);
        }
        if (cond instanceof Cond.Not not) {
            Expr operand = lower(not.operand());
            return operand == null ? null : new Expr.Not(operand);
        }
        if (cond instanceof Cond.Compare compare) {
            return compare(compare);
        }
        if (cond instanceof Cond.In in) {
            return in(in);
        }
        if (cond instanceof Cond.Between between) {
            return between(between);
        }
        if (cond instanceof Cond.Presence presence) {
            return presence(presence);
        }
        return truth((Cond.Truth) cond);
    }

    private List<Expr> lowerAll(List<Cond> conds) {
        List<Expr> lowered = new ArrayList<>();
        boolean failed = false;
        for (Cond cond : conds) {
            Expr expr = lower(cond);
            failed |= expr == null;
            lowered.add(expr);
        }
        return failed ? null : lowered;
    }

    private Expr compare(Cond.Compare c) {
        Typed left = resolve(c.left());
        if (left == null || !comparable(left, c.left())) {
            return null;
        }
        Kind kind = left.type().kind();
        if (kind == Kind.STRING) {
            return texts.compare(((Term.FieldTerm) left.term()).field(), c.op(), c.right(),
                    c.span());
        }
        if (kind == Kind.TIMESTAMP && c.right() instanceof Operand.DateLit day) {
            return DayBounds.compare(left.term(), c.op(), day.day());
        }
        if (c.op().isOrdering() && !kind.isOrdered()) {
            scope.report(CheckDiagnostics.unorderedComparison(c.span(), c.op().symbol(),
                    left.name(), TypedLiterals.phrase(left.type()), kind == Kind.ENUM));
            return null;
        }
        if (kind == Kind.ENUM) {
            return enumCompare(left, c.op(), c.right());
        }
        Term right = term(c.right(), left);
        return right == null ? null : new Expr.Compare(left.term(), c.op(), right);
    }

    private Expr enumCompare(Typed left, CompareOp op, Operand right) {
        if (right instanceof PathRef ref && left.type().ordinal(ref.dotted()) < 0) {
            Typed other = lookup(ref);
            if (other != null) {
                return sameType(left, other, ref) && allowed(other, ref)
                        ? new Expr.Compare(left.term(), op, other.term()) : null;
            }
            String name = ref.dotted();
            scope.report(scope.list(name).isPresent()
                    ? CheckDiagnostics.listAsValue(ref.span(), name, left.name())
                    : CheckDiagnostics.unknownValue(ref.span(), name, "`" + left.name() + "`",
                            left.type().values()));
            return null;
        }
        Long ordinal = value(right, left);
        return ordinal == null ? null : member(left, 1L << ordinal, op == CompareOp.NE);
    }

    private Expr in(Cond.In c) {
        Typed left = resolve(c.left());
        if (left == null || !comparable(left, c.left())) {
            return null;
        }
        if (left.type().kind() == Kind.STRING) {
            return texts.in(((Term.FieldTerm) left.term()).field(), c.list(), c.negated());
        }
        if (left.type().kind() == Kind.TIMESTAMP && c.list() instanceof Operand.ListLit days
                && days.items().stream().anyMatch(Operand.DateLit.class::isInstance)) {
            return daysIn(left, days, c.negated());
        }
        List<Long> values = values(c.list(), left);
        if (values == null || values.contains(null)) {
            return null;
        }
        if (left.type().kind() == Kind.ENUM) {
            long mask = values.stream().mapToLong(v -> 1L << v).reduce(0, (a, b) -> a | b);
            return member(left, mask, c.negated());
        }
        List<Expr> equals = new ArrayList<>();
        for (long value : values) {
            equals.add(new Expr.Compare(left.term(), CompareOp.EQ, new Term.Constant(value)));
        }
        Expr any = equals.isEmpty() ? Expr.FALSE : Expr.or(equals);
        return c.negated() ? new Expr.Not(any) : any;
    }

    /** A timestamp in a written list of dates and timestamps: dates are whole days in UTC. */
    private Expr daysIn(Typed left, Operand.ListLit list, boolean negated) {
        List<Expr> equals = new ArrayList<>();
        for (Operand item : list.items()) {
            if (item instanceof Operand.DateLit day) {
                equals.add(DayBounds.compare(left.term(), CompareOp.EQ, day.day()));
            } else {
                Long value = value(item, left);
                if (value == null) {
                    return null;
                }
                equals.add(new Expr.Compare(left.term(), CompareOp.EQ, new Term.Constant(value)));
            }
        }
        Expr any = Expr.or(equals);
        return negated ? new Expr.Not(any) : any;
    }

    /**
     * The values of a written list, or of the {@code let} list it names, as {@code left}'s type;
     * null, or a null among them, after reporting.
     */
    private List<Long> values(Operand list, Typed left) {
        if (list instanceof Operand.ListLit literal) {
            List<Long> values = new ArrayList<>();
            for (Operand item : literal.items()) {
                values.add(value(item, left));
            }
            return values;
        }
        if (!(list instanceof PathRef name)) {
            throw new AssertionError("unhandled " + list.getClass().getName());
        }
        if (scope.list(name.dotted()).isPresent()) {
            return scope.lists().values(name, left.type(), "`" + left.name() + "`", scope);
        }
        if (!scope.partial()) {
            scope.report(left.type().ordinal(name.dotted()) >= 0
                    ? CheckDiagnostics.valueAsList(name.span(), name.dotted())
                    : CheckDiagnostics.unknownList(name.span(), name.dotted(), scope.listNames()));
        }
        return null;
    }

    private Expr between(Cond.Between c) {
        Typed left = resolve(c.left());
        if (left == null) {
            return null;
        }
        if (!left.type().kind().isOrdered()) {
            scope.report(CheckDiagnostics.unorderedBetween(c.span(), left.name(),
                    TypedLiterals.phrase(left.type()), left.type().kind() == Kind.ENUM));
            return null;
        }
        Expr low = bound(left, CompareOp.GE, c.low());
        Expr high = bound(left, CompareOp.LE, c.high());
        if (low == null || high == null) {
            return null;
        }
        return new Expr.And(List.of(low, high));
    }

    /** One side of {@code between}: {@code left OP bound}, a date bound of a timestamp a day. */
    private Expr bound(Typed left, CompareOp op, Operand bound) {
        if (left.type().kind() == Kind.TIMESTAMP && bound instanceof Operand.DateLit day) {
            return DayBounds.compare(left.term(), op, day.day());
        }
        Term term = term(bound, left);
        return term == null ? null : new Expr.Compare(left.term(), op, term);
    }

    private Expr presence(Cond.Presence c) {
        PathRef path = c.path();
        Optional<Field> field = scope.field(path.dotted());
        if (field.isEmpty()) {
            if (scope.setting(path.dotted()).isPresent()) {
                scope.report(CheckDiagnostics.presenceOfSetting(path.span(), c.present(),
                        path.dotted()));
            } else {
                scope.report(CheckDiagnostics.unknownField(path.span(), path.dotted(),
                        scope.fieldNames()));
            }
            return null;
        }
        Expr present = new Expr.Present(field.get());
        return c.present() ? present : new Expr.Not(present);
    }

    private Expr truth(Cond.Truth c) {
        Typed path = resolve(c.path());
        if (path == null) {
            return null;
        }
        if (path.type().kind() != Kind.BOOL) {
            scope.report(CheckDiagnostics.notABool(c.span(), path.name(),
                    TypedLiterals.phrase(path.type())));
            return null;
        }
        return new Expr.Compare(path.term(), CompareOp.EQ, new Term.Constant(1));
    }

    /** The right side of a comparison with {@code other}: a literal, a field or a setting. */
    private Term term(Operand operand, Typed other) {
        if (!(operand instanceof PathRef ref)) {
            Long value = value(operand, other);
            return value == null ? null : new Term.Constant(value);
        }
        Typed typed = lookup(ref);
        if (typed != null) {
            return sameType(other, typed, ref) && allowed(typed, ref) ? typed.term() : null;
        }
        String name = ref.dotted();
        Optional<Field> enumField = scope.enumFieldWithValue(name);
        if (scope.list(name).isPresent()) {
            scope.report(CheckDiagnostics.listAsOperand(ref.span(), name,
                    TypedLiterals.phrase(other.type())));
        } else if (enumField.isPresent()) {
            scope.report(CheckDiagnostics.foreignEnumValue(ref.span(), name,
                    enumField.get().path(), other.name(), TypedLiterals.phrase(other.type()),
                    TypedLiterals.example(other.type())));
        } else {
            scope.report(CheckDiagnostics.unknownField(ref.span(), name,
                    scope.termNames(settingBan == null)));
        }
        return null;
    }

    /** A written value compared with {@code typed}, or null after reporting. */
    private Long value(Operand operand, Typed typed) {
        String subject = "`" + typed.name() + "`";
        return constants.of(operand, typed.type(), subject);
    }

    private Expr member(Typed left, long mask, boolean negated) {
        Expr member;
        if (left.term() instanceof Term.FieldTerm field) {
            member = new Expr.Member(field.field(), mask);
        } else {
            List<Expr> equals = new ArrayList<>();
            for (int ordinal = 0; ordinal < left.type().values().size(); ordinal++) {
                if ((mask & (1L << ordinal)) != 0) {
                    Term value = new Term.Constant(ordinal);
                    equals.add(new Expr.Compare(left.term(), CompareOp.EQ, value));
                }
            }
            member = equals.isEmpty() ? Expr.FALSE : Expr.or(equals);
        }
        return negated ? new Expr.Not(member) : member;
    }

    /** A field or setting named {@code ref}, reporting it when unknown or not allowed here. */
    private Typed resolve(PathRef ref) {
        Typed typed = lookup(ref);
        if (typed == null) {
            scope.report(CheckDiagnostics.unknownField(ref.span(), ref.dotted(),
                    scope.termNames(settingBan == null)));
            return null;
        }
        return allowed(typed, ref) ? typed : null;
    }

    private Typed lookup(PathRef ref) {
        Optional<Field> field = scope.field(ref.dotted());
        if (field.isPresent()) {
            return new Typed(new Term.FieldTerm(field.get()), field.get().type(), ref.dotted());
        }
        return scope.setting(ref.dotted())
                .map(s -> new Typed(new Term.SettingTerm(s), s.type(), ref.dotted())).orElse(null);
    }

    /** False after reporting E0210 for a setting where settings may not be used. */
    private boolean allowed(Typed typed, PathRef ref) {
        if (settingBan == null || !(typed.term() instanceof Term.SettingTerm)) {
            return true;
        }
        scope.report(CheckDiagnostics.settingInSettingCondition(ref.span(), settingBan,
                ref.dotted()));
        return false;
    }

    /** Strings are compared only as request fields (with literals): not as settings. */
    private boolean comparable(Typed typed, PathRef ref) {
        if (typed.type().kind() != Kind.STRING || typed.term() instanceof Term.FieldTerm) {
            return true;
        }
        scope.report(CheckDiagnostics.stringComparison(ref.span(), ref.dotted()));
        return false;
    }

    private boolean sameType(Typed expected, Typed actual, PathRef ref) {
        Type a = expected.type();
        Type b = actual.type();
        if (a.kind() == b.kind() && (a.kind() != Kind.ENUM || a.values().equals(b.values()))) {
            return true;
        }
        scope.report(CheckDiagnostics.incomparable(ref.span(), expected.name(),
                TypedLiterals.phrase(a), actual.name(), TypedLiterals.phrase(b)));
        return false;
    }

    /** A field or setting with its type, and its name as written. */
    private record Typed(Term term, Type type, String name) {
    }
}
