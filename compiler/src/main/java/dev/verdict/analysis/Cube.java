package dev.verdict.analysis;

import dev.verdict.runtime.RequestValues;
import java.util.ArrayList;
import java.util.List;

/**
 * A set of requests of a simple shape: a {@link Domain} per field (an interval or enum mask,
 * with absence allowed or not) and a few {@link Diff} constraints between present fields.
 * Immutable; the operations return null where the result has no request, so a cube that
 * exists is never empty. Regions are unions of cubes.
 */
final class Cube {

    private final Space space;
    private final Domain[] domains;
    private final List<Diff> diffs;
    /** The indices of the narrowed fields, ascending; computed when first needed. */
    private int[] narrowed;
    /** The sum of the narrowed fields' hashes and the diffs' hash, once {@code hashed}. */
    private int hashSum;
    private boolean hashed;

    Cube(Space space) {
        this(space, new Domain[space.size()], List.of());
    }

    private Cube(Space space, Domain[] domains, List<Diff> diffs) {
        this.space = space;
        this.domains = domains;
        this.diffs = diffs;
    }

    Space space() {
        return space;
    }

    /** What this cube allows of {@code field} (its full domain when unconstrained). */
    Domain domain(int field) {
        Domain domain = domains[field];
        return domain == null ? space.full(field) : domain;
    }

    /** Whether the cube narrows {@code field}'s domain (difference constraints aside). */
    boolean narrows(int field) {
        return domains[field] != null;
    }

    List<Diff> diffs() {
        return diffs;
    }

    /** This cube with {@code field} restricted to {@code domain}, or null when none is left. */
    Cube restrict(int field, Domain domain) {
        Domain current = domain(field);
        Domain next = current.intersect(domain);
        if (next.equals(current)) {
            return this;
        }
        if (next.isEmpty()) {
            return null;
        }
        Domain[] copy = domains.clone();
        copy[field] = next;
        Cube cube = new Cube(space, copy, diffs);
        return !diffs.isEmpty() && involves(field) ? feasible(cube) : cube;
    }

    /** Whether a difference constraint of this cube involves {@code field}. */
    boolean involves(int field) {
        for (int i = 0; i < diffs.size(); i++) {
            Diff diff = diffs.get(i);
            if (diff.x() == field || diff.y() == field) {
                return true;
            }
        }
        return false;
    }

    /** The fields this cube narrows, ascending. */
    int[] narrowed() {
        if (narrowed == null) {
            int count = 0;
            for (Domain domain : domains) {
                count += domain == null ? 0 : 1;
            }
            int[] fields = new int[count];
            for (int f = 0, i = 0; f < domains.length; f++) {
                if (domains[f] != null) {
                    fields[i++] = f;
                }
            }
            narrowed = fields;
        }
        return narrowed;
    }

    /** This cube with {@code diff} added (both its fields present), or null when none is left. */
    Cube withDiff(Diff diff) {
        Cube cube = restrict(diff.x(), space.full(diff.x()).presentOnly());
        cube = cube == null ? null : cube.restrict(diff.y(), space.full(diff.y()).presentOnly());
        if (cube == null) {
            return null;
        }
        List<Diff> merged = new ArrayList<>(cube.diffs.size() + 1);
        for (Diff existing : cube.diffs) {
            if (existing.x() == diff.x() && existing.y() == diff.y()) {
                if (existing.c() <= diff.c()) {
                    return cube;
                }
            } else {
                merged.add(existing);
            }
        }
        merged.add(diff);
        return feasible(new Cube(space, cube.domains, List.copyOf(merged)));
    }

    /** The requests in both cubes, or null when there are none. */
    Cube intersect(Cube other) {
        space.budget().tick();
        Domain[] copy = null;
        for (int f : other.narrowed()) {
            Domain theirs = other.domains[f];
            Domain mine = domain(f);
            Domain both = mine.intersect(theirs);
            if (both.isEmpty()) {
                return null;
            }
            if (!both.equals(mine)) {
                copy = copy == null ? domains.clone() : copy;
                copy[f] = both;
            }
        }
        Cube cube = copy == null ? this : feasible(new Cube(space, copy, diffs));
        for (Diff diff : other.diffs) {
            cube = cube == null ? null : cube.withDiff(diff);
        }
        return cube;
    }

    /** Whether the fields' domains overlap (a quick test that ignores difference constraints). */
    boolean mayOverlap(Cube other) {
        for (int f : other.narrowed()) {
            if (!domain(f).overlaps(other.domains[f])) {
                return false;
            }
        }
        return true;
    }

    /** Whether some request is in both cubes (exact, difference constraints included). */
    boolean overlaps(Cube other) {
        if (!mayOverlap(other)) {
            return false;
        }
        return diffs.isEmpty() && other.diffs.isEmpty() || intersect(other) != null;
    }

    /**
     * The requests of this cube not in {@code other}, as disjoint cubes: for each field that
     * {@code other} narrows, the part outside it (the fields before restricted to
     * {@code other}), then the same for each of its difference constraints. This very cube,
     * alone, when they share no request: a change always means that something was removed.
     */
    List<Cube> minus(Cube other) {
        space.budget().tick();
        if (!overlaps(other)) {
            return List.of(this);
        }
        List<Cube> pieces = new ArrayList<>();
        Cube rest = this;
        for (int f : other.narrowed()) {
            Domain theirs = other.domains[f];
            if (rest.domain(f).within(theirs)) {
                continue;
            }
            for (Domain outside : theirs.complementIn(space.full(f))) {
                addIfAny(pieces, rest.restrict(f, outside));
            }
            rest = rest.restrict(f, theirs);
            if (rest == null) {
                return pieces;
            }
        }
        for (Diff diff : other.diffs) {
            addIfAny(pieces, rest.withDiff(diff.negate()));
            rest = rest.withDiff(diff);
            if (rest == null) {
                return pieces;
            }
        }
        return pieces;
    }

    /**
     * The union of this cube and {@code other} when they differ at most in {@code field} and
     * that union is a cube (enum masks always are; intervals when they touch); else null.
     */
    Cube unionOn(int field, Cube other) {
        if (!sameExcept(field, other)) {
            return null;
        }
        Domain mine = domain(field);
        Domain theirs = other.domain(field);
        Domain union = mine.union(theirs);
        if (union == null) {
            return null;
        }
        Domain[] copy = domains.clone();
        copy[field] = union.equals(space.full(field)) ? null : union;
        return new Cube(space, copy, diffs);
    }

    /** Whether the cubes agree on every field but {@code field}, and on their constraints. */
    boolean sameExcept(int field, Cube other) {
        for (int f = 0; f < domains.length; f++) {
            if (f != field && !java.util.Objects.equals(domains[f], other.domains[f])) {
                return false;
            }
        }
        return diffs.equals(other.diffs);
    }

    /** A hash of everything but {@code field}'s domain, consistent with {@link #sameExcept}. */
    int hashExcept(int field) {
        if (!hashed) {
            int sum = diffs.hashCode();
            for (int f : narrowed()) {
                sum += fieldHash(f);
            }
            hashSum = sum;
            hashed = true;
        }
        return domains[field] == null ? hashSum : hashSum - fieldHash(field);
    }

    private int fieldHash(int field) {
        return (field + 1) * 0x9E3779B9 ^ domains[field].hashCode();
    }

    boolean contains(RequestValues request) {
        for (int f : narrowed()) {
            boolean present = request.isPresent(f);
            if (!domains[f].allows(present, present ? space.value(request, f) : 0)) {
                return false;
            }
        }
        for (Diff diff : diffs) {
            if (!request.isPresent(diff.x()) || !request.isPresent(diff.y())) {
                return false;
            }
            if (Math.subtractExact(request.value(diff.x()), request.value(diff.y())) > diff.c()) {
                return false;
            }
        }
        return true;
    }

    /** The cube, or null when its difference constraints have no solution. */
    private static Cube feasible(Cube cube) {
        if (cube.diffs.isEmpty()) {
            return cube;
        }
        return DiffBounds.of(cube.diffs, cube::domain).feasible() ? cube : null;
    }

    private static void addIfAny(List<Cube> pieces, Cube piece) {
        if (piece != null) {
            pieces.add(piece);
        }
    }
}
