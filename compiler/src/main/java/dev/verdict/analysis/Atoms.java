package dev.verdict.analysis;

import dev.verdict.ast.CompareOp;
import java.util.ArrayList;
import java.util.List;

/** The regions where one comparison is true: a field against a value or against a field. */
final class Atoms {

    private Atoms() {
    }

    /** {@code field OP value}: an interval (two for {@code !=}) or, for an enum, a value mask. */
    static Region fieldVersusValue(Space space, int field, CompareOp op, long value) {
        Domain full = space.full(field);
        if (full.enumerated()) {
            return restricted(space, field, Domain.oneOf(matching(full.mask(), op, value)));
        }
        long below = value == Long.MIN_VALUE ? Long.MIN_VALUE : value - 1;
        long above = value == Long.MAX_VALUE ? Long.MAX_VALUE : value + 1;
        boolean noneBelow = value == Long.MIN_VALUE;
        boolean noneAbove = value == Long.MAX_VALUE;
        Cube all = space.all();
        return switch (op) {
            case EQ -> restricted(space, field, Domain.between(value, value));
            case NE -> union(space,
                    noneBelow ? null : all.restrict(field, Domain.between(Long.MIN_VALUE, below)),
                    noneAbove ? null : all.restrict(field, Domain.between(above, Long.MAX_VALUE)));
            case LT -> noneBelow ? Region.empty(space)
                    : restricted(space, field, Domain.between(Long.MIN_VALUE, below));
            case LE -> restricted(space, field, Domain.between(Long.MIN_VALUE, value));
            case GT -> noneAbove ? Region.empty(space)
                    : restricted(space, field, Domain.between(above, Long.MAX_VALUE));
            case GE -> restricted(space, field, Domain.between(value, Long.MAX_VALUE));
        };
    }

    /**
     * {@code x OP y}: difference constraints ({@code !=} is two cases); for enum fields, one
     * case per value of {@code x}.
     */
    static Region fieldVersusField(Space space, int x, CompareOp op, int y) {
        Domain fullX = space.full(x);
        Domain fullY = space.full(y);
        if (fullX.enumerated() || fullY.enumerated()) {
            List<Cube> cubes = new ArrayList<>();
            for (long values = fullX.mask(); values != 0; values &= values - 1) {
                long v = Long.numberOfTrailingZeros(values);
                Cube cube = space.all().restrict(x, Domain.oneOf(1L << v));
                long matches = matching(fullY.mask(), op.flip(), v);
                cube = cube == null ? null : cube.restrict(y, Domain.oneOf(matches));
                if (cube != null) {
                    cubes.add(cube);
                }
            }
            return Region.of(space, cubes);
        }
        Cube all = space.all();
        return switch (op) {
            case EQ -> union(space, both(all.withDiff(new Diff(x, y, 0)), new Diff(y, x, 0)), null);
            case NE -> union(space, all.withDiff(new Diff(x, y, -1)),
                    all.withDiff(new Diff(y, x, -1)));
            case LT -> union(space, all.withDiff(new Diff(x, y, -1)), null);
            case LE -> union(space, all.withDiff(new Diff(x, y, 0)), null);
            case GT -> union(space, all.withDiff(new Diff(y, x, -1)), null);
            case GE -> union(space, all.withDiff(new Diff(y, x, 0)), null);
        };
    }

    /** The values {@code w} in {@code mask} with {@code w OP value}. */
    private static long matching(long mask, CompareOp op, long value) {
        long result = 0;
        for (long values = mask; values != 0; values &= values - 1) {
            long w = Long.numberOfTrailingZeros(values);
            if (op.test(w, value)) {
                result |= 1L << w;
            }
        }
        return result;
    }

    private static Cube both(Cube cube, Diff diff) {
        return cube == null ? null : cube.withDiff(diff);
    }

    private static Region restricted(Space space, int field, Domain domain) {
        return union(space, space.all().restrict(field, domain), null);
    }

    private static Region union(Space space, Cube first, Cube second) {
        List<Cube> cubes = new ArrayList<>(2);
        if (first != null) {
            cubes.add(first);
        }
        if (second != null) {
            cubes.add(second);
        }
        return Region.of(space, cubes);
    }
}
