package dev.verdict.codegen;

import dev.verdict.ast.CompareOp;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Term;
import dev.verdict.schema.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A condition in two-valued form: "definitely true" or "definitely false" of an {@link Expr}
 * (SPEC §3), with negation pushed to the atoms, so that generated code evaluates three-valued
 * logic with plain booleans. Each atom includes the presence of what it reads: {@link Compare}
 * holds when both sides have values and the comparison holds, {@link In} when the enum field is
 * present and its value is in the mask, {@link Text} when the string field is present and its
 * text is (or is not) one of the strings.
 */
sealed interface Formula {

    Formula TRUE = new Fixed(true);
    Formula FALSE = new Fixed(false);

    record Fixed(boolean value) implements Formula {
    }

    record All(List<Formula> operands) implements Formula {
        public All {
            operands = List.copyOf(operands);
        }
    }

    record Any(List<Formula> operands) implements Formula {
        public Any {
            operands = List.copyOf(operands);
        }
    }

    record Compare(Term left, CompareOp op, Term right) implements Formula {
    }

    record In(Field field, long mask) implements Formula {
    }

    /**
     * The string field is present and its text is one of {@code values} ({@code in}), or is
     * present and none of them.
     */
    record Text(Field field, List<String> values, boolean in) implements Formula {
        public Text {
            values = List.copyOf(values);
        }
    }

    /** The field is present ({@code present}), or absent. */
    record Presence(Field field, boolean present) implements Formula {
    }

    /** Part of a large formula that the generator moved into a method of its own. */
    record Call(String method) implements Formula {
    }

    /** When {@code expr} is definitely true ({@code wanted}), or definitely false. */
    static Formula of(Expr expr, boolean wanted) {
        if (expr instanceof Expr.Const c) {
            return c.value() == wanted ? TRUE : FALSE;
        }
        if (expr instanceof Expr.Not not) {
            return of(not.operand(), !wanted);
        }
        if (expr instanceof Expr.And and) {
            List<Formula> operands = and.operands().stream().map(e -> of(e, wanted)).toList();
            return wanted ? all(operands) : any(operands);
        }
        if (expr instanceof Expr.Or or) {
            List<Formula> operands = or.operands().stream().map(e -> of(e, wanted)).toList();
            return wanted ? any(operands) : all(operands);
        }
        if (expr instanceof Expr.Compare cmp) {
            return compare(cmp.left(), wanted ? cmp.op() : cmp.op().negate(), cmp.right());
        }
        if (expr instanceof Expr.Member member) {
            long all = member.field().type().allValues();
            return in(member.field(), wanted ? member.mask() & all : ~member.mask() & all);
        }
        if (expr instanceof Expr.TextIn text) {
            return new Text(text.field(), text.values(), wanted);
        }
        if (!(expr instanceof Expr.Present present)) {
            throw new AssertionError("unhandled " + expr.getClass().getName());
        }
        return presence(present.field(), wanted);
    }

    static Formula compare(Term left, CompareOp op, Term right) {
        if (left instanceof Term.Constant l && right instanceof Term.Constant r) {
            return op.test(l.value(), r.value()) ? TRUE : FALSE;
        }
        return new Compare(left, op, right);
    }

    static Formula in(Field field, long mask) {
        if (mask == 0) {
            return FALSE;
        }
        if (mask == field.type().allValues()) {
            return presence(field, true);
        }
        return new In(field, mask);
    }

    /** Presence; a required field counts as present (evaluators check required fields first). */
    static Formula presence(Field field, boolean present) {
        return field.optional() ? new Presence(field, present) : present ? TRUE : FALSE;
    }

    /** The conjunction, flattened, constants folded, {@link In}s on one field merged. */
    static Formula all(List<Formula> operands) {
        return junction(operands, true);
    }

    /** The disjunction, flattened, constants folded, {@link In}s on one field merged. */
    static Formula any(List<Formula> operands) {
        return junction(operands, false);
    }

    /** This formula with each atom replaced, and constants folded again. */
    default Formula mapAtoms(UnaryOperator<Formula> atoms) {
        if (this instanceof All all) {
            return all(all.operands().stream().map(f -> f.mapAtoms(atoms)).toList());
        }
        if (this instanceof Any any) {
            return any(any.operands().stream().map(f -> f.mapAtoms(atoms)).toList());
        }
        return this instanceof Fixed ? this : atoms.apply(this);
    }

    /**
     * This formula for requests whose required enum {@code field} has one of the values in
     * {@code possible}: membership tests on it that always or never hold there are folded.
     */
    default Formula restrict(Field field, long possible) {
        return mapAtoms(atom -> {
            if (atom instanceof In in && in.field().equals(field)) {
                long mask = in.mask() & possible;
                return mask == 0 ? FALSE : mask == possible ? TRUE : new In(field, mask);
            }
            return atom;
        });
    }

    /**
     * The values of the required enum {@code field} for which this formula can hold: a superset,
     * from the membership tests it must pass.
     */
    default long possible(Field field) {
        if (this instanceof In in && in.field().equals(field)) {
            return in.mask();
        }
        if (this instanceof Fixed fixed && !fixed.value()) {
            return 0;
        }
        long mask = field.type().allValues();
        if (this instanceof All all) {
            for (Formula operand : all.operands()) {
                mask &= operand.possible(field);
            }
        } else if (this instanceof Any any) {
            mask = 0;
            for (Formula operand : any.operands()) {
                mask |= operand.possible(field);
            }
        }
        return mask;
    }

    /** Whether this formula reads the request field {@code field}. */
    default boolean reads(Field field) {
        if (this instanceof All all) {
            return all.operands().stream().anyMatch(f -> f.reads(field));
        }
        if (this instanceof Any any) {
            return any.operands().stream().anyMatch(f -> f.reads(field));
        }
        if (this instanceof Compare compare) {
            return isField(compare.left(), field) || isField(compare.right(), field);
        }
        if (this instanceof In in) {
            return in.field().equals(field);
        }
        return this instanceof Presence presence && presence.field().equals(field);
    }

    /**
     * Adds to {@code into} the values {@code x} of the numeric {@code field} where a comparison
     * of it with a constant may change: it holds for all values in {@code [x, y)} of two
     * consecutive such values, or for none.
     */
    default void cuts(Field field, Set<Long> into) {
        if (this instanceof All all) {
            all.operands().forEach(f -> f.cuts(field, into));
        } else if (this instanceof Any any) {
            any.operands().forEach(f -> f.cuts(field, into));
        } else if (this instanceof Compare compare && Bound.of(compare, field) != null) {
            Bound bound = Bound.of(compare, field);
            if (bound.op() != CompareOp.LT && bound.op() != CompareOp.GE) {
                if (bound.value() == Long.MAX_VALUE) {
                    return;
                }
                into.add(bound.value() + 1);
            }
            if (bound.op() != CompareOp.LE && bound.op() != CompareOp.GT) {
                into.add(bound.value());
            }
        }
    }

    /**
     * This formula for requests whose numeric {@code field} has a value from {@code low} to
     * {@code high}: comparisons of it with a constant that hold for all or none of them folded.
     */
    default Formula within(Field field, long low, long high) {
        return mapAtoms(atom -> {
            if (atom instanceof Presence presence && presence.field().equals(field)) {
                return presence.present() ? TRUE : FALSE;
            }
            Bound bound = atom instanceof Compare compare ? Bound.of(compare, field) : null;
            if (bound == null) {
                return atom;
            }
            boolean atLow = bound.op().test(low, bound.value());
            boolean atHigh = bound.op().test(high, bound.value());
            boolean outside = bound.value() < low || bound.value() > high;
            return switch (bound.op()) {
                case EQ -> outside ? FALSE : low == high ? TRUE : atom;
                case NE -> outside ? TRUE : low == high ? FALSE : atom;
                default -> atLow != atHigh ? atom : atLow ? TRUE : FALSE;
            };
        });
    }

    /** This formula for requests whose optional {@code field} is absent. */
    default Formula absent(Field field) {
        return mapAtoms(atom -> {
            if (atom instanceof Presence presence && presence.field().equals(field)) {
                return presence.present() ? FALSE : TRUE;
            }
            return atom instanceof Compare && atom.reads(field) ? FALSE : atom;
        });
    }

    private static boolean isField(Term term, Field field) {
        return term instanceof Term.FieldTerm f && f.field().equals(field);
    }

    /** A comparison of a field with a constant, the field on the left. */
    record Bound(CompareOp op, long value) {

        static Bound of(Compare compare, Field field) {
            if (isField(compare.left(), field) && compare.right() instanceof Term.Constant c) {
                return new Bound(compare.op(), c.value());
            }
            if (isField(compare.right(), field) && compare.left() instanceof Term.Constant c) {
                return new Bound(compare.op().flip(), c.value());
            }
            return null;
        }
    }

    private static Formula junction(List<Formula> operands, boolean all) {
        List<Formula> flat = new ArrayList<>();
        Map<Field, Long> masks = new LinkedHashMap<>();
        Map<Field, Integer> positions = new LinkedHashMap<>();
        for (Formula operand : operands) {
            List<Formula> parts = all && operand instanceof All a ? a.operands()
                    : !all && operand instanceof Any a ? a.operands() : List.of(operand);
            for (Formula part : parts) {
                if (part instanceof Fixed fixed) {
                    if (fixed.value() != all) {
                        return fixed;
                    }
                } else if (part instanceof In in) {
                    Long before = masks.get(in.field());
                    masks.put(in.field(), before == null ? in.mask()
                            : all ? before & in.mask() : before | in.mask());
                    if (before == null) {
                        positions.put(in.field(), flat.size());
                        flat.add(part);
                    }
                } else {
                    flat.add(part);
                }
            }
        }
        for (Map.Entry<Field, Integer> merged : positions.entrySet()) {
            Formula in = in(merged.getKey(), masks.get(merged.getKey()));
            if (in instanceof Fixed fixed && fixed.value() != all) {
                return fixed;
            }
            flat.set(merged.getValue(), in);
        }
        flat.removeIf(f -> f instanceof Fixed);
        if (flat.isEmpty()) {
            return all ? TRUE : FALSE;
        }
        return flat.size() == 1 ? flat.get(0) : all ? new All(flat) : new Any(flat);
    }
}
