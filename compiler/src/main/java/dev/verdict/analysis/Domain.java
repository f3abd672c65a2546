package dev.verdict.analysis;

import dev.verdict.schema.Field;
import dev.verdict.schema.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * What a cube allows of one field: whether it may be absent (optional fields only), and which
 * present values — a value mask for enum fields, an inclusive interval {@code [lo, hi]} for the
 * others (bools are {@code [0, 1]}). A domain with no present values has the empty mask or an
 * empty interval ({@code lo > hi}).
 */
record Domain(boolean enumerated, boolean absent, long mask, long lo, long hi) {

    /** Every value the field can take, absence included when it is optional. */
    static Domain full(Field field) {
        if (field.type().kind() == Kind.ENUM) {
            return new Domain(true, field.optional(), field.type().allValues(), 0, -1);
        }
        return new Domain(false, field.optional(), 0, field.type().min(), field.type().max());
    }

    /** Present values in {@code [from, to]}, for a field that is not an enum. */
    static Domain between(long from, long to) {
        return new Domain(false, false, 0, from, to);
    }

    /** Present values in {@code values}, for an enum field. */
    static Domain oneOf(long values) {
        return new Domain(true, false, values, 0, -1);
    }

    /** Absence alone, for a field of this domain's kind. */
    Domain absentOnly() {
        return new Domain(enumerated, true, 0, 1, 0);
    }

    /** Any present value of the {@code full} domain this is. */
    Domain presentOnly() {
        return new Domain(enumerated, false, mask, lo, hi);
    }

    @Override
    public int hashCode() {
        int hash = Long.hashCode(mask);
        hash = hash * 31 + Long.hashCode(lo);
        hash = hash * 31 + Long.hashCode(hi);
        return hash * 2 + (absent ? 1 : 0);
    }

    boolean hasPresentValues() {
        return enumerated ? mask != 0 : lo <= hi;
    }

    boolean isEmpty() {
        return !absent && !hasPresentValues();
    }

    boolean allows(boolean present, long value) {
        if (!present) {
            return absent;
        }
        return enumerated ? value >= 0 && value < 64 && (mask & (1L << value)) != 0
                : value >= lo && value <= hi;
    }

    Domain intersect(Domain other) {
        return new Domain(enumerated, absent && other.absent, mask & other.mask,
                Math.max(lo, other.lo), Math.min(hi, other.hi));
    }

    boolean overlaps(Domain other) {
        return !intersect(other).isEmpty();
    }

    /** Whether every request this allows is allowed by {@code other}. */
    boolean within(Domain other) {
        if (absent && !other.absent) {
            return false;
        }
        if (!hasPresentValues()) {
            return true;
        }
        return enumerated ? (mask & ~other.mask) == 0 : lo >= other.lo && hi <= other.hi;
    }

    /**
     * What {@code full} allows and this does not, as disjoint domains (at most two): the whole
     * complement for an enum, below and above the interval for the others.
     */
    List<Domain> complementIn(Domain full) {
        List<Domain> pieces = new ArrayList<>(2);
        boolean absentRest = full.absent && !absent;
        if (enumerated) {
            add(pieces, new Domain(true, absentRest, full.mask & ~mask, 0, -1));
        } else if (!hasPresentValues()) {
            add(pieces, new Domain(false, absentRest, 0, full.lo, full.hi));
        } else {
            boolean anyBelow = lo > full.lo;
            add(pieces, anyBelow ? new Domain(false, absentRest, 0, full.lo, lo - 1)
                    : new Domain(false, absentRest, 0, 1, 0));
            if (hi < full.hi) {
                add(pieces, new Domain(false, false, 0, hi + 1, full.hi));
            }
        }
        return pieces;
    }

    /** The values of both if they make one domain (masks always, intervals that touch); or null. */
    Domain union(Domain other) {
        boolean eitherAbsent = absent || other.absent;
        if (enumerated) {
            return new Domain(true, eitherAbsent, mask | other.mask, 0, -1);
        }
        if (!hasPresentValues() || !other.hasPresentValues()) {
            Domain present = hasPresentValues() ? this : other;
            return new Domain(false, eitherAbsent, 0, present.lo, present.hi);
        }
        if (Math.max(lo, other.lo) - 1 > Math.min(hi, other.hi)) {
            return null;
        }
        return new Domain(false, eitherAbsent, 0, Math.min(lo, other.lo), Math.max(hi, other.hi));
    }

    private static void add(List<Domain> pieces, Domain piece) {
        if (!piece.isEmpty()) {
            pieces.add(piece);
        }
    }
}
