package dev.verdict.lsp;

import dev.verdict.ast.Cond;
import dev.verdict.ast.Decl;
import dev.verdict.ast.Operand;
import dev.verdict.ast.SourceFile;
import dev.verdict.ast.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The names a policy defines and uses, from its syntax tree: {@code let} lists (used after
 * {@code in}) and rules (named by tests' {@code by}). Answers "what does the name at this
 * position refer to" and "where is this name used".
 */
final class References {

    /** A defined name: a list or a rule, with the span of its name (a rule's start if unnamed). */
    record Definition(String name, boolean rule, Span span) {
    }

    private final List<Definition> definitions = new ArrayList<>();
    private final List<Use> uses = new ArrayList<>();

    private record Use(String name, boolean rule, Span span) {
    }

    References(SourceFile file) {
        for (Decl decl : file.decls()) {
            if (decl instanceof Decl.Let let) {
                definitions.add(new Definition(let.name().text(), false, let.name().span()));
            } else if (decl instanceof Decl.RuleDecl rule) {
                Span span = rule.name() != null ? rule.name().span() : rule.span();
                definitions.add(new Definition(rule.displayName(), true, span));
                collectLists(rule.when());
            } else if (decl instanceof Decl.SetDecl set && set.where() != null) {
                collectLists(set.where());
            } else if (decl instanceof Decl.TestCase test && test.by() != null) {
                uses.add(new Use(test.by().text(), true, test.by().span()));
            }
        }
    }

    /** The definition of the name at the compiler position: a use's target, or a definition. */
    Optional<Definition> at(int line, int column) {
        for (Use use : uses) {
            if (LineIndex.contains(use.span(), line, column)) {
                return definition(use.name(), use.rule());
            }
        }
        return definitions.stream()
                .filter(d -> LineIndex.contains(d.span(), line, column))
                .findFirst();
    }

    /** The spans that use a definition, in file order. */
    List<Span> usesOf(Definition definition) {
        return uses.stream()
                .filter(u -> u.rule() == definition.rule() && u.name().equals(definition.name()))
                .map(Use::span)
                .toList();
    }

    private Optional<Definition> definition(String name, boolean rule) {
        return definitions.stream()
                .filter(d -> d.rule() == rule && d.name().equals(name))
                .findFirst();
    }

    private void collectLists(Cond cond) {
        if (cond instanceof Cond.And and) {
            and.operands().forEach(this::collectLists);
        } else if (cond instanceof Cond.Or or) {
            or.operands().forEach(this::collectLists);
        } else if (cond instanceof Cond.Not not) {
            collectLists(not.operand());
        } else if (cond instanceof Cond.In in && in.list() instanceof Operand.PathRef list) {
            uses.add(new Use(list.dotted(), false, list.span()));
        }
    }
}
