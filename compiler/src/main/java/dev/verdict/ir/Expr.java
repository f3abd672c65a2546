package dev.verdict.ir;

import dev.verdict.ast.CompareOp;
import dev.verdict.schema.Condition;
import dev.verdict.schema.Field;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A checked condition, the form the interpreter, the analysis and the code generator share.
 * Sugar is gone: {@code between} is two comparisons, enum {@code =}, {@code !=} and {@code in}
 * are {@link Member} (negated by {@link Not}), string tests are {@link TextIn}, a bare bool
 * field compares with 1, a timestamp compared with a date compares with the bounds of that day
 * in UTC, and every comparison is typed. Evaluation follows SQL's three-valued logic (SPEC §3).
 */
public sealed interface Expr extends Condition {

    Expr TRUE = new Const(true);
    Expr FALSE = new Const(false);

    record Const(boolean value) implements Expr {
    }

    record And(List<Expr> operands) implements Expr {
        public And {
            operands = List.copyOf(operands);
        }
    }

    record Or(List<Expr> operands) implements Expr {
        public Or {
            operands = List.copyOf(operands);
        }
    }

    record Not(Expr operand) implements Expr {
    }

    /** {@code left OP right} over money, int, duration or bool values. */
    record Compare(Term left, CompareOp op, Term right) implements Expr {
    }

    /** The enum field's value is one of {@code mask} (bit i set: ordinal i is in). */
    record Member(Field field, long mask) implements Expr {
    }

    /**
     * The string field's text is one of {@code values} (compared exactly, code point by code
     * point): {@code carrier = "ups"}, {@code carrier in ["ups", "dhl"]}; {@code !=} and
     * {@code not in} are its {@link Not}. Values are distinct, in the order first written.
     */
    record TextIn(Field field, List<String> values) implements Expr {
        public TextIn {
            values = List.copyOf(new LinkedHashSet<>(values));
        }
    }

    /** {@code field is present}: never unknown. {@code is absent} is {@code Not(Present)}. */
    record Present(Field field) implements Expr {
    }

    static Expr and(List<Expr> operands) {
        return operands.size() == 1 ? operands.get(0) : new And(operands);
    }

    static Expr or(List<Expr> operands) {
        return operands.size() == 1 ? operands.get(0) : new Or(operands);
    }
}
