package dev.verdict.analysis;

import dev.verdict.runtime.RequestValues;
import java.util.ArrayList;
import java.util.List;

/**
 * A set of requests as a union of {@link Cube}s (possibly overlapping). Immutable. Emptiness is
 * exact: every cube kept is non-empty. Operations draw on the space's {@link Budget}.
 */
final class Region {

    private final Space space;
    private final List<Cube> cubes;

    private Region(Space space, List<Cube> cubes) {
        this.space = space;
        this.cubes = cubes;
        space.budget().checkSize(cubes.size());
    }

    static Region empty(Space space) {
        return new Region(space, List.of());
    }

    static Region all(Space space) {
        return of(space.all());
    }

    static Region of(Cube cube) {
        return new Region(cube.space(), List.of(cube));
    }

    static Region of(Space space, List<Cube> cubes) {
        return new Region(space, List.copyOf(cubes));
    }

    Space space() {
        return space;
    }

    List<Cube> cubes() {
        return cubes;
    }

    boolean isEmpty() {
        return cubes.isEmpty();
    }

    Region union(Region other) {
        if (isEmpty()) {
            return other;
        }
        if (other.isEmpty()) {
            return this;
        }
        List<Cube> both = new ArrayList<>(cubes.size() + other.cubes.size());
        both.addAll(cubes);
        both.addAll(other.cubes);
        return new Region(space, both);
    }

    Region intersect(Region other) {
        if (isEmpty() || other.isEmpty()) {
            return empty(space);
        }
        List<Cube> both = new ArrayList<>();
        for (Cube mine : cubes) {
            for (Cube theirs : other.cubes) {
                Cube cube = mine.intersect(theirs);
                if (cube != null) {
                    both.add(cube);
                    space.budget().checkSize(both.size());
                }
            }
        }
        return new Region(space, both);
    }

    Region intersect(Cube cube) {
        return intersect(of(cube));
    }

    /** The requests here that are not in {@code other}; this very instance when none of them is. */
    Region minus(Region other) {
        List<Cube> rest = cubes;
        boolean changed = false;
        for (Cube theirs : other.cubes) {
            List<Cube> next = new ArrayList<>(rest.size());
            for (Cube mine : rest) {
                List<Cube> pieces = mine.minus(theirs);
                changed |= pieces.size() != 1 || pieces.get(0) != mine;
                next.addAll(pieces);
                space.budget().checkSize(next.size());
            }
            rest = next;
            if (rest.isEmpty()) {
                break;
            }
        }
        return changed ? new Region(space, rest) : this;
    }

    /**
     * The same requests in fewer cubes: cubes that differ in one field only are merged when the
     * union of that field's domains is one domain (subtractions leave many such neighbours).
     */
    Region coalesced() {
        boolean[] narrowed = new boolean[space.size()];
        for (Cube cube : cubes) {
            for (int f : cube.narrowed()) {
                narrowed[f] = true;
            }
        }
        List<Cube> current = cubes;
        for (int pass = 0; pass < 2 && current.size() > 1; pass++) {
            int before = current.size();
            for (int f = 0; f < space.size(); f++) {
                if (narrowed[f]) {
                    current = mergeOn(f, current);
                }
            }
            if (current.size() == before) {
                break;
            }
        }
        return current == cubes ? this : new Region(space, current);
    }

    /** Merges, among cubes equal but for {@code field}, those whose union is a cube. */
    private List<Cube> mergeOn(int field, List<Cube> cubes) {
        java.util.Map<Integer, List<Cube>> groups = new java.util.LinkedHashMap<>(cubes.size() * 2);
        for (Cube cube : cubes) {
            space.budget().tick();
            List<Cube> group = groups.computeIfAbsent(cube.hashExcept(field),
                    hash -> new ArrayList<>(2));
            boolean absorbed = false;
            for (int i = 0; i < group.size() && !absorbed; i++) {
                Cube union = group.get(i).unionOn(field, cube);
                if (union != null) {
                    group.set(i, union);
                    absorbed = true;
                }
            }
            if (!absorbed) {
                group.add(cube);
            }
        }
        if (groups.size() == cubes.size()) {
            return cubes;
        }
        List<Cube> merged = new ArrayList<>(cubes.size());
        groups.values().forEach(merged::addAll);
        return merged;
    }

    boolean contains(RequestValues request) {
        for (Cube cube : cubes) {
            if (cube.contains(request)) {
                return true;
            }
        }
        return false;
    }
}
