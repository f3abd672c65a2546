package dev.verdict.analysis;

import dev.verdict.ast.SourceText;
import dev.verdict.ir.ValueText;
import dev.verdict.schema.Field;
import dev.verdict.schema.Kind;
import dev.verdict.schema.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Cube} as a condition in the language's syntax, one clause per field it narrows, in
 * schema order, joined by {@code and}: {@code request = refund_only and amount between 80.00
 * and 99.99 and since_delivery is absent}. Enum sets print by their shorter side, as analysis
 * messages do; a field that may also be absent says so in parentheses; a difference constraint
 * prints as a comparison of the two fields ({@code return_shipping_fee > amount}).
 */
final class CubeText {

    private final Space space;
    private final ValueText values;

    CubeText(Space space, ValueText values) {
        this.space = space;
        this.values = values;
    }

    String describe(Cube cube) {
        List<String> clauses = new ArrayList<>();
        for (int f : cube.narrowed()) {
            clauses.add(clause(space.field(f), cube.domain(f), space.full(f)));
        }
        for (Diff diff : cube.diffs()) {
            clauses.add(diff(diff));
        }
        return clauses.isEmpty() ? "any request" : String.join(" and ", clauses);
    }

    private String clause(Field field, Domain domain, Domain full) {
        String path = field.path();
        if (!domain.hasPresentValues()) {
            return path + " is absent";
        }
        String values = domain.enumerated() ? members(field, domain.mask(), full.mask())
                : interval(field.type(), path, domain.lo(), domain.hi(), full);
        return domain.absent() ? "(" + path + " is absent or " + values + ")" : values;
    }

    /**
     * An enum's values, or a string's literals: a set with "any other string" (the last value)
     * is written as the literals it leaves out.
     */
    private String members(Field field, long mask, long all) {
        long out = all & ~mask;
        if (out == 0) {
            return field.path() + " is present";
        }
        boolean text = field.type().kind() == Kind.STRING;
        boolean negative = text ? (mask & Long.highestOneBit(all)) != 0
                : Long.bitCount(mask) != 1
                && (Long.bitCount(out) == 1 || Long.bitCount(out) < Long.bitCount(mask));
        long shown = negative ? out : mask;
        List<String> names = new ArrayList<>();
        for (long rest = shown; rest != 0; rest &= rest - 1) {
            int ordinal = Long.numberOfTrailingZeros(rest);
            names.add(text ? SourceText.string(space.texts().text(field, ordinal))
                    : field.type().values().get(ordinal));
        }
        if (names.size() == 1) {
            return field.path() + (negative ? " != " : " = ") + names.get(0);
        }
        return field.path() + (negative ? " not in [" : " in [") + String.join(", ", names) + "]";
    }

    private String interval(Type type, String path, long lo, long hi, Domain full) {
        if (lo == hi || type.kind() == Kind.BOOL) {
            return path + " = " + values.format(type, lo);
        }
        boolean bottom = lo <= full.lo();
        boolean top = hi >= full.hi();
        if (bottom && top) {
            return path + " is present";
        }
        if (bottom) {
            return path + " <= " + values.format(type, hi);
        }
        if (top) {
            return path + " >= " + values.format(type, lo);
        }
        return path + " between " + values.format(type, lo) + " and " + values.format(type, hi);
    }

    /** {@code x - y <= c}: {@code x <= y}, {@code x < y}, or with the offset written out. */
    private String diff(Diff diff) {
        Field x = space.field(diff.x());
        Field y = space.field(diff.y());
        if (diff.c() == 0) {
            return x.path() + " <= " + y.path();
        }
        if (diff.c() == -1) {
            return x.path() + " < " + y.path();
        }
        String offset = diff.c() > 0 ? " + " + values.format(x.type(), diff.c())
                : " - " + values.format(x.type(), -diff.c());
        return x.path() + " <= " + y.path() + offset;
    }
}
