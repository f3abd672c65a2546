package dev.verdict.check;

import dev.verdict.ast.Decl;
import dev.verdict.ast.SchemaDecl;
import dev.verdict.ast.SourceText;
import dev.verdict.ast.Span;
import dev.verdict.diag.CheckDiagnostics;
import dev.verdict.diag.SchemaDiagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * The shape of a file: each declaration in the right kind of file (E0211), headers first
 * (E0211) and at most once (E0206), one {@code otherwise} (E0206) after every rule (E0207).
 * Declarations that cannot take part in checking (misplaced, or a second header or
 * {@code otherwise}) are left out of what {@link #check} returns.
 */
final class Layout {

    /** The keyword each kind of declaration starts with, but for rules (see {@link #keyword}). */
    private static final Map<Class<? extends Decl>, String> KEYWORDS = Map.ofEntries(
            Map.entry(Decl.PolicyHeader.class, "policy"),
            Map.entry(Decl.PlatformHeader.class, "platform"),
            Map.entry(Decl.CurrencyHeader.class, "currency"),
            Map.entry(Decl.Let.class, "let"),
            Map.entry(Decl.SetDecl.class, "set"),
            Map.entry(Decl.DefaultDecl.class, "default"),
            Map.entry(Decl.LimitDecl.class, "limit"),
            Map.entry(Decl.ForbidDecl.class, "forbid"),
            Map.entry(Decl.GuardDecl.class, "guard"),
            Map.entry(Decl.Otherwise.class, "otherwise"),
            Map.entry(Decl.TestDefaults.class, "test"),
            Map.entry(Decl.TestCase.class, "test"),
            Map.entry(SchemaDecl.SchemaHeader.class, "schema"),
            Map.entry(SchemaDecl.CurrencyDef.class, "currency"),
            Map.entry(SchemaDecl.EnumDef.class, "enum"),
            Map.entry(SchemaDecl.FieldDef.class, "field"),
            Map.entry(SchemaDecl.PassthroughDef.class, "passthrough"),
            Map.entry(SchemaDecl.SettingDef.class, "setting"),
            Map.entry(SchemaDecl.OutcomeDef.class, "outcome"),
            Map.entry(SchemaDecl.ObligationDef.class, "obligation"),
            Map.entry(SchemaDecl.LintDef.class, "lint"));

    private final Reporter reporter;
    private final FileKind kind;

    Layout(Reporter reporter, FileKind kind) {
        this.reporter = reporter;
        this.kind = kind;
    }

    /** The declarations that belong, in file order. */
    List<Decl> check(List<Decl> decls) {
        List<Decl> kept = new ArrayList<>();
        Map<Class<?>, Decl> firsts = new HashMap<>();
        Decl firstBody = null;
        Decl otherwise = null;
        boolean otherwiseNotLast = false;
        for (Decl decl : decls) {
            if (!belongs(decl)) {
                continue;
            }
            boolean header = isHeader(decl);
            if (header && firstBody != null) {
                reporter.report(CheckDiagnostics.lateHeader(keywordSpan(decl), keyword(decl),
                        describe(firstBody)));
            }
            if (!header && firstBody == null) {
                firstBody = decl;
            }
            if (header || decl instanceof Decl.Otherwise) {
                Decl first = firsts.putIfAbsent(decl.getClass(), decl);
                if (first != null) {
                    reporter.report(CheckDiagnostics.duplicateDeclaration(keywordSpan(decl),
                            keyword(decl), header, keywordSpan(first)));
                    continue;
                }
            }
            if (decl instanceof Decl.Otherwise) {
                otherwise = decl;
            } else if (decl instanceof Decl.RuleDecl && otherwise != null && !otherwiseNotLast) {
                otherwiseNotLast = true;
                reporter.report(CheckDiagnostics.otherwiseNotLast(keywordSpan(otherwise),
                        decl.span().line()));
            }
            kept.add(decl);
        }
        return kept;
    }

    private boolean belongs(Decl decl) {
        if (decl instanceof SchemaDecl.SchemaHeader header) {
            schemaForm(header);
            return true;
        }
        if (kind == FileKind.SCHEMA || decl instanceof Decl.OfSchema) {
            return belongsInSchema(decl);
        }
        boolean shared = decl instanceof Decl.PlatformHeader || decl instanceof Decl.CurrencyHeader;
        boolean profileOnly = decl instanceof Decl.DefaultDecl || decl instanceof Decl.LimitDecl
                || decl instanceof Decl.GuardDecl || decl instanceof Decl.ForbidDecl;
        if (decl instanceof Decl.PlatformHeader platform) {
            platformForm(platform);
        }
        if (shared || profileOnly == (kind == FileKind.PROFILE)) {
            return true;
        }
        String keyword = decl instanceof Decl.RuleDecl ? null : keyword(decl);
        reporter.report(kind == FileKind.POLICY
                ? CheckDiagnostics.profileDeclarationInPolicy(keywordSpan(decl), keyword)
                : CheckDiagnostics.policyDeclarationInProfile(keywordSpan(decl), keyword));
        return false;
    }

    /** Schema declarations belong in schemas, and a schema has only those and a fallback. */
    private boolean belongsInSchema(Decl decl) {
        boolean schemaPart = decl instanceof Decl.OfSchema || decl instanceof Decl.Otherwise;
        if (schemaPart == (kind == FileKind.SCHEMA)) {
            return true;
        }
        String word = decl instanceof Decl.RuleDecl ? "a rule" : "`" + keyword(decl) + "`";
        if (kind == FileKind.SCHEMA) {
            reporter.report(SchemaDiagnostics.policyPartInSchema(keywordSpan(decl), word));
        } else {
            reporter.report(SchemaDiagnostics.schemaPartOutsideSchema(keywordSpan(decl), word));
        }
        return false;
    }

    /** Only a schema writes {@code extends} and a description on its {@code schema} line. */
    private void schemaForm(SchemaDecl.SchemaHeader header) {
        if (kind == FileKind.SCHEMA && header.ref().quoted()) {
            reporter.report(SchemaDiagnostics.quotedSchemaName(header.ref().span()));
        } else if (kind != FileKind.SCHEMA && (header.parent() != null || header.doc() != null)) {
            Span span = header.parent() != null ? header.parent().span() : header.doc().span();
            reporter.report(SchemaDiagnostics.schemaFormOutsideSchema(span,
                    SourceText.name(header.ref())));
        }
    }

    /**
     * A profile names itself {@code platform id "Display"}; a policy names its profile. The
     * wrong form is reported and the header still used, so the profile is still checked.
     */
    private void platformForm(Decl.PlatformHeader platform) {
        if (kind == FileKind.PROFILE && platform.ref().quoted()) {
            reporter.report(CheckDiagnostics.quotedProfileName(platform.ref().span()));
        } else if (kind == FileKind.POLICY && platform.displayName() != null) {
            reporter.report(CheckDiagnostics.displayNameInPolicy(platform.displayName().span(),
                    platform.ref().text()));
        }
    }

    private static boolean isHeader(Decl decl) {
        return decl instanceof Decl.PolicyHeader || decl instanceof Decl.PlatformHeader
                || decl instanceof Decl.CurrencyHeader || decl instanceof SchemaDecl.SchemaHeader;
    }

    private static String describe(Decl decl) {
        String what = decl instanceof Decl.RuleDecl ? "the rule"
                : decl instanceof Decl.GuardDecl ? "the guard" : "the `" + keyword(decl) + "`";
        return what + " on line " + decl.span().line();
    }

    /** The keyword a declaration starts with. */
    static String keyword(Decl decl) {
        if (decl instanceof Decl.RuleDecl rule) {
            return rule.name() == null ? "when" : "rule";
        }
        return KEYWORDS.get(decl.getClass());
    }

    /** The span of a declaration's first keyword, where declaration-level problems point. */
    static Span keywordSpan(Decl decl) {
        Span span = decl.span();
        int end = span.column() + keyword(decl).length();
        return new Span(span.line(), span.column(), span.line(), end);
    }
}
