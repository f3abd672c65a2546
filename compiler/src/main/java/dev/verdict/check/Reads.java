package dev.verdict.check;

import dev.verdict.ir.Cap;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Rule;
import dev.verdict.ir.SettingPlan;
import dev.verdict.ir.Term;
import dev.verdict.schema.Field;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The request fields a policy reads (SPEC §11): those in the effective conditions of guards and
 * rules, and in the conditions of its settings' values and caps. A request must carry those
 * the schema requires.
 */
final class Reads {

    private final Set<Field> fields = new LinkedHashSet<>();

    private Reads() {
    }

    static Set<Field> of(List<Rule> guards, List<Rule> rules, List<SettingPlan> settings) {
        Reads reads = new Reads();
        guards.forEach(g -> reads.add(g.condition()));
        rules.forEach(r -> reads.add(r.condition()));
        for (SettingPlan plan : settings) {
            plan.conditional().forEach(c -> reads.add(c.where()));
            plan.caps().stream().map(Cap::where).forEach(reads::add);
        }
        return reads.fields;
    }

    private void add(Expr root) {
        Deque<Expr> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            Expr expr = pending.pop();
            if (expr instanceof Expr.And and) {
                pending.addAll(and.operands());
            } else if (expr instanceof Expr.Or or) {
                pending.addAll(or.operands());
            } else if (expr instanceof Expr.Not not) {
                pending.add(not.operand());
            } else if (expr instanceof Expr.Compare compare) {
                add(compare.left());
                add(compare.right());
            } else if (expr instanceof Expr.Member member) {
                fields.add(member.field());
            } else if (expr instanceof Expr.Present present) {
                fields.add(present.field());
            } else if (expr instanceof Expr.TextIn in) {
                fields.add(in.field());
            }
        }
    }

    private void add(Term term) {
        if (term instanceof Term.FieldTerm field) {
            fields.add(field.field());
        }
    }
}
