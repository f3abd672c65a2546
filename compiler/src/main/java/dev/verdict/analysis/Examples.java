package dev.verdict.analysis;

import dev.verdict.ast.SourceText;
import dev.verdict.ir.ValueText;
import dev.verdict.runtime.Dates;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Field;
import dev.verdict.schema.Kind;
import dev.verdict.schema.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Picks readable concrete requests in regions. Within a field's allowed values it prefers round
 * ones: money {@code 10.00} or the nearest whole amount, durations {@code 1d} or the nearest whole
 * days, hours, then minutes, percentages {@code 10%}, integers {@code 0}, {@code false}, the
 * first enum value allowed, dates and timestamps at or nearest to 2026-01-01 (whole days, hours,
 * minutes, seconds first), a string the policy names, else one it does not ({@code "other"}),
 * a present value over absence. A field the cube leaves free is not
 * printed; it gets the same preferred value within its type (absent when optional).
 */
final class Examples {

    private static final long DAY = 24 * 60;
    /** Dates near 2026-01-01 read best; a timestamp prefers its midnight in UTC. */
    private static final long PREFERRED_DAY = 20_454;
    private static final long HOUR_MILLIS = 3_600_000;
    private static final long MINUTE_MILLIS = 60_000;

    private final Space space;
    private final ValueText values;
    private final long currencyUnit;

    Examples(Space space, ValueText values, int currencyDecimals) {
        this.space = space;
        this.values = values;
        this.currencyUnit = pow10(currencyDecimals);
    }

    /** A request in {@code region} (not empty), from its cube that constrains fewest fields. */
    Example in(Region region) {
        Cube best = null;
        int fewest = Integer.MAX_VALUE;
        for (Cube cube : region.cubes()) {
            int constrained = constrained(cube).size();
            if (constrained < fewest) {
                best = cube;
                fewest = constrained;
            }
        }
        return in(best);
    }

    Example in(Cube cube) {
        Map<Integer, Long> fixed = solveDiffs(cube);
        RequestValues.Builder request = RequestValues.builder(space.size());
        for (int f = 0; f < space.size(); f++) {
            Field field = space.field(f);
            Domain domain = cube.domain(f);
            if (fixed.containsKey(f)) {
                request.set(f, fixed.get(f));
            } else if (field.type().kind() == Kind.STRING && domain.hasPresentValues()
                    && (cube.narrows(f) || !field.optional())) {
                int ordinal = Long.numberOfTrailingZeros(domain.mask());
                request.setText(f, space.texts().text(field, ordinal));
            } else if (!cube.narrows(f) && field.optional()) {
                request.clear(f);
            } else if (domain.hasPresentValues()) {
                request.set(f, pick(field, domain.mask(), domain.lo(), domain.hi()));
            } else {
                request.clear(f);
            }
        }
        RequestValues built = request.build();
        List<String> parts = new ArrayList<>();
        for (int f : constrained(cube)) {
            Field field = space.field(f);
            parts.add(!built.isPresent(f) ? field.path() + " is absent"
                    : field.type().kind() == Kind.STRING
                    ? field.path() + " = " + SourceText.string(built.text(f))
                    : field.path() + " = " + values.format(field.type(), built.value(f)));
        }
        return new Example(built, parts.isEmpty() ? "any request" : String.join(", ", parts));
    }

    /** The fields a cube constrains, in schema order. */
    private List<Integer> constrained(Cube cube) {
        List<Integer> fields = new ArrayList<>();
        for (int f = 0; f < space.size(); f++) {
            if (cube.narrows(f) || cube.involves(f)) {
                fields.add(f);
            }
        }
        return fields;
    }

    /** Values for the fields in difference constraints, fixed one at a time within the bounds. */
    private Map<Integer, Long> solveDiffs(Cube cube) {
        Map<Integer, Long> fixed = new TreeMap<>();
        List<Diff> diffs = cube.diffs();
        for (int f = 0; f < space.size(); f++) {
            if (!cube.involves(f)) {
                continue;
            }
            DiffBounds bounds = DiffBounds.of(diffs, g -> fixed.containsKey(g)
                    ? Domain.between(fixed.get(g), fixed.get(g)) : cube.domain(g));
            fixed.put(f, pick(space.field(f), 0, bounds.lo(f), bounds.hi(f)));
        }
        return fixed;
    }

    private long pick(Field field, long mask, long lo, long hi) {
        Type type = field.type();
        return switch (type.kind()) {
            case ENUM -> Long.numberOfTrailingZeros(mask);
            case MONEY -> near(lo, hi, 10 * currencyUnit, currencyUnit);
            case DURATION -> near(lo, hi, DAY, DAY, 60, 1);
            case PERCENT -> near(lo, hi, 10_00, 1_00, 1);
            case BOOL, INT, STRING -> near(lo, hi, 0, 1);
            case DATE -> near(lo, hi, PREFERRED_DAY, 1);
            case TIMESTAMP -> near(lo, hi, PREFERRED_DAY * Dates.DAY_MILLIS, Dates.DAY_MILLIS,
                    HOUR_MILLIS, MINUTE_MILLIS, 1000, 1);
        };
    }

    /**
     * {@code preferred} if allowed, else the allowed value nearest to it that is a multiple of
     * the coarsest step possible.
     */
    private static long near(long lo, long hi, long preferred, long... steps) {
        if (lo <= preferred && preferred <= hi) {
            return preferred;
        }
        for (long step : steps) {
            long candidate = preferred < lo ? ceil(lo, step) : floor(hi, step);
            if (candidate >= lo && candidate <= hi) {
                return candidate;
            }
        }
        return preferred < lo ? lo : hi;
    }

    private static long ceil(long value, long step) {
        long down = floor(value, step);
        return down == value || down > Long.MAX_VALUE - step ? value : down + step;
    }

    private static long floor(long value, long step) {
        return Math.floorDiv(value, step) * step;
    }

    private static long pow10(int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= 10;
        }
        return result;
    }
}
