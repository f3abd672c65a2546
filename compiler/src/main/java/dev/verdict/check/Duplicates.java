package dev.verdict.check;

import dev.verdict.ast.Decl;
import dev.verdict.ast.Span;
import dev.verdict.diag.CheckDiagnostics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * Names that must be unique in a file (E0206): rules (an unnamed rule is {@code rule@LINE}, so a
 * rule written with that name clashes with it), guards, {@code let} lists, tests, and
 * {@code test defaults}. The first of each name is the one later checks use.
 */
final class Duplicates {

    private final Reporter reporter;
    private final Map<String, Named> rules = new HashMap<>();
    private final Map<String, Named> lists = new HashMap<>();
    private final Map<String, Named> tests = new HashMap<>();

    private Duplicates(Reporter reporter) {
        this.reporter = reporter;
    }

    static void check(List<Decl> decls, Reporter reporter) {
        Duplicates duplicates = new Duplicates(reporter);
        for (Decl decl : decls) {
            duplicates.check(decl);
        }
    }

    private void check(Decl decl) {
        if (decl instanceof Decl.RuleDecl rule) {
            Span span = rule.name() == null ? Layout.keywordSpan(rule) : rule.name().span();
            unique(rules, rule.displayName(), decl, span, "rule name");
        } else if (decl instanceof Decl.GuardDecl guard) {
            unique(rules, guard.name().text(), decl, guard.name().span(), "guard name");
        } else if (decl instanceof Decl.Let let) {
            unique(lists, let.name().text(), decl, let.name().span(), "list");
        } else if (decl instanceof Decl.TestCase test) {
            unique(tests, test.name().text(), decl, test.name().span(), "test");
        } else if (decl instanceof Decl.TestDefaults) {
            Named first = tests.putIfAbsent("\0defaults",
                    new Named(decl, Layout.keywordSpan(decl)));
            if (first != null) {
                reporter.report(CheckDiagnostics.duplicateTestDefaults(Layout.keywordSpan(decl),
                        first.span()));
            }
        }
    }

    private void unique(Map<String, Named> seen, String name, Decl decl, Span span, String what) {
        Named named = seen.putIfAbsent(name, new Named(decl, span));
        if (named == null) {
            return;
        }
        Decl first = named.decl();
        int unnamedLine = first instanceof Decl.RuleDecl r && r.name() == null ? r.whenLine() : 0;
        reporter.report(CheckDiagnostics.duplicateName(span, what, name, named.span(),
                unnamedLine));
    }

    /** A declaration and the span of its name, where a duplicate's note points. */
    private record Named(Decl decl, Span span) {
    }
}
