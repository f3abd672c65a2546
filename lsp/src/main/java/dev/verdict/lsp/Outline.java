package dev.verdict.lsp;

import dev.verdict.ast.Decl;
import dev.verdict.ast.Span;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;

/** Document symbols for the outline: rules, guards, settings, lists and tests. */
final class Outline {

    private Outline() {
    }

    static List<DocumentSymbol> symbols(PolicyDocument document) {
        List<DocumentSymbol> symbols = new ArrayList<>();
        for (Decl decl : document.syntax().decls()) {
            if (decl instanceof Decl.RuleDecl rule) {
                Span name = rule.name() != null ? rule.name().span() : rule.span();
                symbols.add(symbol(document, rule.displayName(), "rule", SymbolKind.Function,
                        rule.span(), name));
            } else if (decl instanceof Decl.GuardDecl guard) {
                symbols.add(symbol(document, guard.name().text(), "guard", SymbolKind.Function,
                        guard.span(), guard.name().span()));
            } else if (decl instanceof Decl.Otherwise otherwise) {
                symbols.add(symbol(document, "otherwise", "fallback", SymbolKind.Function,
                        otherwise.span(), otherwise.span()));
            } else if (decl instanceof Decl.SetDecl set) {
                symbols.add(symbol(document, set.setting().text(), "set", SymbolKind.Property,
                        set.span(), set.setting().span()));
            } else if (decl instanceof Decl.DefaultDecl value) {
                symbols.add(symbol(document, value.setting().text(), "default",
                        SymbolKind.Property, value.span(), value.setting().span()));
            } else if (decl instanceof Decl.Let let) {
                symbols.add(symbol(document, let.name().text(), "list", SymbolKind.Array,
                        let.span(), let.name().span()));
            } else if (decl instanceof Decl.TestCase test) {
                symbols.add(symbol(document, test.name().text(), "test", SymbolKind.Method,
                        test.span(), test.name().span()));
            } else if (decl instanceof Decl.TestDefaults defaults) {
                symbols.add(symbol(document, "test defaults", "test", SymbolKind.Method,
                        defaults.span(), defaults.span()));
            }
        }
        return symbols;
    }

    private static DocumentSymbol symbol(PolicyDocument document, String name, String detail,
                                         SymbolKind kind, Span whole, Span selection) {
        LineIndex lines = document.lines();
        return new DocumentSymbol(name, kind, lines.range(whole), lines.range(selection), detail);
    }
}
