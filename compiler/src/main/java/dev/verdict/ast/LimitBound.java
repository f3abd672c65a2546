package dev.verdict.ast;

import java.util.List;

/**
 * The bound of a platform {@code limit}: {@code <= 7d}, {@code in [14d, 30d]}, {@code between a and
 * b}.
 */
public sealed interface LimitBound {

    record Compare(CompareOp op, Operand value) implements LimitBound {
    }

    record OneOf(Operand.ListLit values) implements LimitBound {
    }

    record Between(Operand low, Operand high) implements LimitBound {
    }

    /** The operands, in source order. */
    default List<Operand> operands() {
        if (this instanceof Compare c) {
            return List.of(c.value());
        }
        if (this instanceof OneOf o) {
            return o.values().items();
        }
        if (!(this instanceof Between b)) {
            throw new AssertionError("unhandled " + this.getClass().getName());
        }
        return List.of(b.low(), b.high());
    }
}
