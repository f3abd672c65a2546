package dev.verdict.coverage;

import dev.verdict.ast.Cond;
import dev.verdict.ast.Decl;
import dev.verdict.ast.Span;
import dev.verdict.format.CondPrinter;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.Rule;
import dev.verdict.syntax.SourceParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The coverage {@link Target}s of a policy, in evaluation order: platform guards, rules,
 * {@code otherwise}. Atoms come from pairing each written condition (re-parsed from its file's
 * text) with the IR it lowered to: lowering keeps {@code and}, {@code or} and {@code not} as
 * they are, so below them each written atom lowered to exactly one IR subtree, whose truth is
 * the atom's ({@code between} lowers to two comparisons and counts as one atom).
 */
final class Targets {

    private Targets() {
    }

    /** {@code sources}: the text of the policy's file and of its profile, by display path. */
    static List<Target> of(CheckedPolicy policy, Map<String, String> sources) {
        Map<String, Map<Span, Cond>> written = new HashMap<>();
        List<Rule> order = new ArrayList<>(policy.guards());
        order.addAll(policy.rules());
        if (policy.otherwise() != null) {
            order.add(policy.otherwise());
        }
        List<Target> targets = new ArrayList<>();
        for (Rule rule : order) {
            Cond cond = written.computeIfAbsent(rule.file(), file -> conditions(file, sources))
                    .get(rule.span());
            List<Target.Atom> atoms = new ArrayList<>();
            if (rule != policy.otherwise() && cond != null) {
                pair(rule.file(), cond, rule.written(), atoms);
            }
            targets.add(new Target(rule, atoms));
        }
        return targets;
    }

    /** The written conditions of a file's rules and guards, by the span of their declaration. */
    private static Map<Span, Cond> conditions(String file, Map<String, String> sources) {
        Map<Span, Cond> conditions = new HashMap<>();
        String text = sources.get(file);
        if (text == null) {
            return conditions;
        }
        for (Decl decl : SourceParser.parse(file, text).file().decls()) {
            if (decl instanceof Decl.RuleDecl rule) {
                conditions.put(rule.span(), rule.when());
            } else if (decl instanceof Decl.GuardDecl guard) {
                conditions.put(guard.span(), guard.when());
            }
        }
        return conditions;
    }

    private static void pair(String file, Cond cond, Expr expr, List<Target.Atom> atoms) {
        if (cond instanceof Cond.And and && expr instanceof Expr.And lowered
                && and.operands().size() == lowered.operands().size()) {
            pairAll(file, and.operands(), lowered.operands(), atoms);
        } else if (cond instanceof Cond.Or or && expr instanceof Expr.Or lowered
                && or.operands().size() == lowered.operands().size()) {
            pairAll(file, or.operands(), lowered.operands(), atoms);
        } else if (cond instanceof Cond.Not not && expr instanceof Expr.Not lowered) {
            pair(file, not.operand(), lowered.operand(), atoms);
        } else {
            atoms.add(new Target.Atom(file, cond.span(), CondPrinter.text(cond), expr));
        }
    }

    private static void pairAll(String file, List<Cond> conds, List<Expr> exprs,
                                List<Target.Atom> atoms) {
        for (int i = 0; i < conds.size(); i++) {
            pair(file, conds.get(i), exprs.get(i), atoms);
        }
    }
}
