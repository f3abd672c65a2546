package dev.verdict.analysis;

import dev.verdict.ast.CompareOp;
import dev.verdict.ir.Expr;
import dev.verdict.ir.SettingPlan;
import dev.verdict.ir.Term;
import dev.verdict.schema.Setting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates checked conditions into the regions of requests where they are true, or false
 * (SPEC §3's three-valued logic: negation is pushed to the atoms, and a comparison with an
 * absent field, or with a setting that has no value, is in neither region). A setting term is
 * expanded into its pieces ({@link SettingPieces}): one case per value it can take.
 */
final class ConditionRegions {

    private final Space space;
    private final String policyFile;
    private final List<SettingPlan> plans;
    private final Map<Integer, SettingPieces> settings = new HashMap<>();

    ConditionRegions(Space space, String policyFile, List<SettingPlan> plans) {
        this.space = space;
        this.policyFile = policyFile;
        this.plans = plans;
    }

    Space space() {
        return space;
    }

    /** The requests for which {@code expr} is true. */
    Region truth(Expr expr) {
        return region(expr, true);
    }

    /** How {@code setting} gets its value; a setting without a plan never has one. */
    SettingPieces setting(Setting setting) {
        SettingPieces known = settings.get(setting.index());
        if (known != null) {
            return known;
        }
        SettingPlan plan = plans.stream().filter(p -> p.setting().index() == setting.index())
                .findFirst().orElse(null);
        // A setting's own conditions never refer to a setting (the checker's E0210); while its
        // pieces are being computed it counts as having no value, so that can never recurse.
        settings.put(setting.index(), SettingPieces.none(space));
        SettingPieces values = plan == null ? SettingPieces.none(space)
                : SettingPieces.of(plan, policyFile, this);
        settings.put(setting.index(), values);
        return values;
    }

    private Region region(Expr expr, boolean want) {
        space.budget().tick();
        if (expr instanceof Expr.Const c) {
            return c.value() == want ? Region.all(space) : Region.empty(space);
        }
        if (expr instanceof Expr.Not not) {
            return region(not.operand(), !want);
        }
        if (expr instanceof Expr.And and) {
            return want ? all(and.operands(), true) : any(and.operands(), false);
        }
        if (expr instanceof Expr.Or or) {
            return want ? any(or.operands(), true) : all(or.operands(), false);
        }
        if (expr instanceof Expr.Member member) {
            int f = member.field().index();
            long values = space.full(f).mask();
            long allowed = want ? member.mask() & values : values & ~member.mask();
            return restricted(f, Domain.oneOf(allowed));
        }
        if (expr instanceof Expr.TextIn in) {
            int f = in.field().index();
            long values = space.full(f).mask();
            long mask = space.texts().mask(in.field(), in.values());
            return restricted(f, Domain.oneOf(want ? mask & values : values & ~mask));
        }
        if (expr instanceof Expr.Present present) {
            int f = present.field().index();
            Domain full = space.full(f);
            return restricted(f, want ? full.presentOnly() : full.absentOnly());
        }
        if (!(expr instanceof Expr.Compare compare)) {
            throw new AssertionError("unhandled " + expr.getClass().getName());
        }
        return compare(compare, want ? compare.op() : compare.op().negate());
    }

    private Region any(List<Expr> operands, boolean want) {
        Region union = Region.empty(space);
        for (Expr operand : operands) {
            union = union.union(region(operand, want));
        }
        return union;
    }

    private Region all(List<Expr> operands, boolean want) {
        List<Region> regions = new ArrayList<>(operands.size());
        for (Expr operand : operands) {
            Region region = region(operand, want);
            if (region.isEmpty()) {
                return region;
            }
            regions.add(region);
        }
        regions.sort(Comparator.comparingInt(r -> r.cubes().size()));
        Region meet = Region.all(space);
        for (Region region : regions) {
            meet = meet.intersect(region);
            if (meet.isEmpty()) {
                break;
            }
        }
        return meet;
    }

    /** {@code left OP right} is true: one case per pair of setting pieces on the two sides. */
    private Region compare(Expr.Compare compare, CompareOp op) {
        Region union = Region.empty(space);
        for (Side left : sides(compare.left())) {
            for (Side right : sides(compare.right())) {
                Region atom = atom(left, op, right);
                if (left.where != null) {
                    atom = atom.intersect(left.where);
                }
                if (right.where != null) {
                    atom = atom.intersect(right.where);
                }
                union = union.union(atom);
            }
        }
        return union;
    }

    /** A comparison operand: a field ({@code field >= 0}) or a value, valid in {@code where}. */
    private record Side(Region where, int field, long value) {
    }

    private List<Side> sides(Term term) {
        if (term instanceof Term.FieldTerm f) {
            return List.of(new Side(null, f.field().index(), 0));
        }
        if (term instanceof Term.Constant c) {
            return List.of(new Side(null, -1, c.value()));
        }
        if (!(term instanceof Term.SettingTerm s)) {
            throw new AssertionError("unhandled " + term.getClass().getName());
        }
        List<Side> sides = new ArrayList<>();
        for (SettingPieces.Piece piece : setting(s.setting()).pieces()) {
            sides.add(new Side(piece.where(), -1, piece.value()));
        }
        return sides;
    }

    private Region atom(Side left, CompareOp op, Side right) {
        if (left.field < 0 && right.field < 0) {
            return op.test(left.value, right.value) ? Region.all(space) : Region.empty(space);
        }
        if (left.field < 0) {
            return atom(right, op.flip(), left);
        }
        if (right.field < 0) {
            return Atoms.fieldVersusValue(space, left.field, op, right.value);
        }
        return Atoms.fieldVersusField(space, left.field, op, right.field);
    }

    private Region restricted(int field, Domain domain) {
        Cube cube = space.all().restrict(field, domain);
        return cube == null ? Region.empty(space) : Region.of(cube);
    }
}
