package dev.verdict.coverage;

import dev.verdict.ast.Span;
import dev.verdict.ir.Rule;
import java.util.List;

/**
 * What coverage watches for one guard, rule or {@code otherwise}: the rule, and the atoms of its
 * condition as written ({@link Atom}), each with where it stands and the IR it lowered to.
 * {@code otherwise} has no atoms.
 */
record Target(Rule rule, List<Atom> atoms) {

    Target {
        atoms = List.copyOf(atoms);
    }

    /** One atom of a written condition: its file, span, canonical text and lowered form. */
    record Atom(String file, Span span, String text, dev.verdict.ir.Expr expr) {
    }
}
