package dev.verdict.ast;

import dev.verdict.ast.Operand.PathRef;
import java.util.List;

/** A condition as written. {@code and}/{@code or} are n-ary so long chains never nest deeply. */
public sealed interface Cond {

    Span span();

    record And(List<Cond> operands, Span span) implements Cond {
        public And {
            operands = List.copyOf(operands);
        }
    }

    record Or(List<Cond> operands, Span span) implements Cond {
        public Or {
            operands = List.copyOf(operands);
        }
    }

    record Not(Cond operand, Span span) implements Cond {
    }

    /** {@code path OP operand}. */
    record Compare(PathRef left, CompareOp op, Operand right, Span span) implements Cond {
    }

    /**
     * {@code path [not] in list}; {@code list} is a {@link Operand.ListLit} or a {@code let} name.
     */
    record In(PathRef left, boolean negated, Operand list, Span span) implements Cond {
    }

    /** {@code path between low and high}, inclusive. */
    record Between(PathRef left, Operand low, Operand high, Span span) implements Cond {
    }

    /** {@code path is present} or {@code path is absent}. */
    record Presence(PathRef path, boolean present, Span span) implements Cond {
    }

    /** A bare bool field: {@code item.opened} means {@code item.opened = true}. */
    record Truth(PathRef path, Span span) implements Cond {
    }
}
