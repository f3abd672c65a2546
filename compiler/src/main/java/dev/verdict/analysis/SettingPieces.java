package dev.verdict.analysis;

import dev.verdict.ast.Span;
import dev.verdict.ir.Cap;
import dev.verdict.ir.SettingPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A setting's value as a function of the request (SPEC §5), in two views. {@link #branches()}:
 * where each written value is the one selected — the first conditional {@code set} whose
 * condition is true, else the unconditional one, else the profile's default — before the
 * platform's caps. {@link #pieces()}: where the setting takes each effective value, caps applied.
 * Where no piece covers a request, the setting has no value there.
 */
final class SettingPieces {

    /** Where a written value is the one selected; {@code index} is the conditional's, or -1. */
    record Branch(Region where, long value, String file, Span span, int index, boolean policy) {
    }

    /** Where the setting's effective value is {@code value}. */
    record Piece(Region where, long value) {
    }

    private final List<Region> conditions;
    private final List<Branch> branches;
    private final List<Piece> pieces;

    private SettingPieces(List<Region> conditions, List<Branch> branches, List<Piece> pieces) {
        this.conditions = conditions;
        this.branches = branches;
        this.pieces = pieces;
    }

    static SettingPieces none(Space space) {
        return new SettingPieces(List.of(), List.of(), List.of());
    }

    static SettingPieces of(SettingPlan plan, String policyFile, ConditionRegions conditions) {
        Space space = conditions.space();
        List<Region> truths = new ArrayList<>();
        List<Branch> branches = new ArrayList<>();
        Region covered = Region.empty(space);
        for (int i = 0; i < plan.conditional().size(); i++) {
            SettingPlan.ConditionalValue value = plan.conditional().get(i);
            Region truth = conditions.truth(value.where());
            truths.add(truth);
            Region selected = truth.minus(covered);
            branches.add(new Branch(selected, value.value(), policyFile, value.span(), i, true));
            covered = covered.union(truth);
        }
        SettingPlan.Value fallback = plan.unconditional() != null
                ? plan.unconditional() : plan.profileDefault();
        if (fallback != null) {
            Region rest = Region.all(space).minus(covered);
            branches.add(new Branch(rest, fallback.value(), fallback.file(), fallback.span(), -1,
                    plan.unconditional() != null));
        }
        return new SettingPieces(List.copyOf(truths), List.copyOf(branches),
                capped(branches, plan.caps(), conditions));
    }

    /** The regions where each conditional {@code set}'s condition is true, in file order. */
    List<Region> conditions() {
        return conditions;
    }

    List<Branch> branches() {
        return branches;
    }

    List<Piece> pieces() {
        return pieces;
    }

    private static List<Piece> capped(List<Branch> branches, List<Cap> caps,
                                      ConditionRegions conditions) {
        List<Piece> pieces = new ArrayList<>();
        for (Branch branch : branches) {
            if (!branch.where().isEmpty()) {
                pieces.add(new Piece(branch.where(), branch.value()));
            }
        }
        for (Cap cap : caps) {
            Region where = conditions.truth(cap.where());
            List<Piece> next = new ArrayList<>();
            for (Piece piece : pieces) {
                Region in = piece.where().intersect(where);
                Region out = piece.where().minus(where);
                if (!in.isEmpty()) {
                    next.add(new Piece(in, cap.apply(piece.value())));
                }
                if (!out.isEmpty()) {
                    next.add(new Piece(out, piece.value()));
                }
            }
            pieces = next;
        }
        Map<Long, Region> byValue = new LinkedHashMap<>();
        for (Piece piece : pieces) {
            byValue.merge(piece.value(), piece.where(), Region::union);
        }
        List<Piece> merged = new ArrayList<>();
        byValue.forEach((value, where) -> merged.add(new Piece(where, value)));
        return List.copyOf(merged);
    }
}
