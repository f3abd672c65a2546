package dev.verdict.check;

import dev.verdict.ast.CompareOp;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Term;
import dev.verdict.runtime.Dates;
import java.util.List;

/**
 * A timestamp compared with a date: the date stands for the whole day in UTC, from its first
 * millisecond to its last. So {@code decided_at >= 2026-11-27} holds from 2026-11-27T00:00Z,
 * {@code decided_at <= 2026-12-01} until 2026-12-01T23:59:59.999Z, {@code decided_at = D} during
 * the day, and {@code between D1 and D2} from the start of D1 to the end of D2.
 */
final class DayBounds {

    private DayBounds() {
    }

    /** The first millisecond of {@code day}. */
    static long start(long day) {
        return day * Dates.DAY_MILLIS;
    }

    /** The last millisecond of {@code day}. */
    static long end(long day) {
        return start(day) + Dates.DAY_MILLIS - 1;
    }

    /** {@code timestamp OP day}. */
    static Expr compare(Term timestamp, CompareOp op, long day) {
        return switch (op) {
            case LT -> at(timestamp, CompareOp.LT, start(day));
            case LE -> at(timestamp, CompareOp.LE, end(day));
            case GT -> at(timestamp, CompareOp.GT, end(day));
            case GE -> at(timestamp, CompareOp.GE, start(day));
            case EQ -> within(timestamp, day);
            case NE -> new Expr.Not(within(timestamp, day));
        };
    }

    private static Expr within(Term timestamp, long day) {
        return new Expr.And(List.of(at(timestamp, CompareOp.GE, start(day)),
                at(timestamp, CompareOp.LE, end(day))));
    }

    private static Expr at(Term timestamp, CompareOp op, long millis) {
        return new Expr.Compare(timestamp, op, new Term.Constant(millis));
    }
}
