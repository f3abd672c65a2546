package dev.verdict.ast;

import java.math.BigDecimal;
import java.util.List;

/** What may stand on the right of a comparison, in a list, or as an action argument. */
public sealed interface Operand {

    Span span();

    /**
     * A dotted name: a field, a setting, an enum value or a {@code let} list; the checker decides.
     */
    record PathRef(String dotted, Span span) implements Operand {
    }

    /** {@code 80}, {@code 79.99}, {@code 80 USD}; {@code currency} is null when not written. */
    record NumberLit(BigDecimal value, String currency, Span span) implements Operand {
    }

    /** {@code 30m}, {@code 48h}, {@code 7d}. */
    record DurationLit(long count, DurationUnit unit, Span span) implements Operand {
        public long minutes() {
            return Math.multiplyExact(count, unit.minutes());
        }
    }

    /** {@code 30%}. */
    record PercentLit(BigDecimal value, Span span) implements Operand {
    }

    record StringLit(String value, Span span) implements Operand {
    }

    /** {@code 2026-11-27}: {@code day} counts days since 1970-01-01; {@code text} as written. */
    record DateLit(long day, String text, Span span) implements Operand {
    }

    /**
     * {@code 2026-11-27T00:00-05:00}: {@code millis} since 1970-01-01T00:00Z; {@code text} as
     * written, offset included.
     */
    record TimestampLit(long millis, String text, Span span) implements Operand {
    }

    record BoolLit(boolean value, Span span) implements Operand {
    }

    /** {@code [size, changed_mind]}. */
    record ListLit(List<Operand> items, Span span) implements Operand {
        public ListLit {
            items = List.copyOf(items);
        }
    }

    /** A literal the AST builder already reported (E0103); later stages stay silent about it. */
    record Malformed(String text, Span span) implements Operand {
    }
}
