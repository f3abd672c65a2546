package dev.verdict.syntax;

import dev.verdict.ast.Decl;
import dev.verdict.ast.Name;
import dev.verdict.ast.Operand;
import dev.verdict.ast.Operand.PathRef;
import dev.verdict.ast.Operand.StringLit;
import dev.verdict.ast.SchemaDecl;
import dev.verdict.ast.SchemaDecl.ParamDef;
import dev.verdict.ast.SchemaDecl.TypeRef;
import dev.verdict.ast.Span;
import dev.verdict.diag.Code;
import dev.verdict.diag.Diagnostic;
import dev.verdict.grammar.VerdictParser.*;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds the AST of the declarations of {@code .schema} files (see {@link SchemaDecl}). */
final class SchemaAstBuilder {

    private final AstBuilder common;
    private final String file;
    private final List<Diagnostic> diagnostics;

    SchemaAstBuilder(AstBuilder common, String file, List<Diagnostic> diagnostics) {
        this.common = common;
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** The declaration, or null after reporting a malformed number in it. */
    Decl decl(DeclContext ctx, Span span) {
        if (ctx instanceof SchemaDeclContext c) {
            Name parent = c.platformRef().size() > 1 ? common.platformRef(c.platformRef(1)) : null;
            return new SchemaDecl.SchemaHeader(common.platformRef(c.platformRef(0)), parent,
                    doc(c.STRING()), span);
        }
        if (ctx instanceof CurrencyDeclContext c) {
            Long decimals = whole(c.NUMBER().getSymbol());
            TerminalNode code = c.UPPER() != null ? c.UPPER() : c.IDENT();
            return decimals == null ? null
                    : new SchemaDecl.CurrencyDef(AstBuilder.identifier(code),
                            (int) Math.min(decimals, Integer.MAX_VALUE), span);
        }
        if (ctx instanceof EnumDeclContext c) {
            return new SchemaDecl.EnumDef(AstBuilder.identifier(c.IDENT()), c.ADD != null,
                    common.list(c.list()), doc(c.STRING()), span);
        }
        if (ctx instanceof FieldDeclContext c) {
            TypeRef type = type(c.typeRef());
            return type == null ? null : new SchemaDecl.FieldDef(AstBuilder.path(c.path()), type,
                    c.OPTIONAL != null, doc(c.STRING()), span);
        }
        if (ctx instanceof PassthroughDeclContext c) {
            return new SchemaDecl.PassthroughDef(AstBuilder.path(c.path()), doc(c.STRING()), span);
        }
        if (ctx instanceof SettingDeclContext c) {
            TypeRef type = type(c.typeRef());
            return type == null ? null : new SchemaDecl.SettingDef(
                    AstBuilder.identifier(c.IDENT()), type,
                    c.operand() == null ? null : common.operand(c.operand()), doc(c.STRING()),
                    span);
        }
        if (ctx instanceof OutcomeDeclContext c) {
            return outcome(c, span);
        }
        if (ctx instanceof ObligationDeclContext c) {
            List<ParamDef> params = params(c.params());
            return params == null ? null : new SchemaDecl.ObligationDef(
                    AstBuilder.identifier(c.IDENT()), params, doc(c.STRING()), span);
        }
        if (ctx instanceof LintDeclContext c) {
            Operand by = c.path() != null ? AstBuilder.path(c.path()) : common.list(c.list(1));
            return new SchemaDecl.LintDef(AstBuilder.identifier(c.IDENT()), common.list(c.list(0)),
                    by, span);
        }
        throw new IllegalStateException("unknown declaration " + ctx.getClass());
    }

    private Decl outcome(OutcomeDeclContext c, Span span) {
        List<ParamDef> params = params(c.params());
        if (params == null) {
            return null;
        }
        boolean approval = false;
        SchemaDecl.Refunds refunds = null;
        for (OutcomeTraitContext trait : c.outcomeTrait()) {
            if (trait instanceof ApprovalTraitContext) {
                approval = true;
            } else if (trait instanceof RefundsTraitContext r) {
                PathRef first = AstBuilder.path(r.path(0));
                refunds = r.path().size() > 1
                        ? new SchemaDecl.Refunds(first, AstBuilder.path(r.path(1)), Spans.of(r))
                        : new SchemaDecl.Refunds(null, first, Spans.of(r));
            }
        }
        return new SchemaDecl.OutcomeDef(AstBuilder.identifier(c.IDENT()), params,
                c.cond() == null ? null : common.cond(c.cond()), approval, refunds,
                doc(c.STRING()), span);
    }

    private List<ParamDef> params(ParamsContext ctx) {
        List<ParamDef> params = new ArrayList<>();
        if (ctx == null) {
            return params;
        }
        for (ParamContext param : ctx.param()) {
            TypeRef type = type(param.typeRef());
            if (type == null) {
                return null;
            }
            params.add(new ParamDef(AstBuilder.identifier(param.IDENT()), type, Spans.of(param)));
        }
        return params;
    }

    private TypeRef type(TypeRefContext ctx) {
        Span span = Spans.of(ctx);
        if (ctx instanceof InlineEnumTypeContext c) {
            return new TypeRef.InlineEnum(common.list(c.list()), span);
        }
        NamedTypeContext c = (NamedTypeContext) ctx;
        RangeContext range = c.range();
        if (range == null) {
            return new TypeRef.Named(AstBuilder.path(c.path()), false, null, null, span);
        }
        Long low = range.LOW == null ? null : whole(range.LOW);
        Long high = range.HIGH == null ? null : whole(range.HIGH);
        if ((range.LOW != null && low == null) || (range.HIGH != null && high == null)) {
            return null;
        }
        return new TypeRef.Named(AstBuilder.path(c.path()), true, low, high, span);
    }

    /** A whole number that fits a {@code long}, or null after reporting E0103. */
    private Long whole(Token token) {
        try {
            return Long.parseLong(token.getText());
        } catch (NumberFormatException e) {
            diagnostics.add(Code.E0103.at(file, Spans.of(token),
                    "`" + token.getText() + "` is not a whole number in range")
                    .withHelp("write a whole number such as `0` or `100`"));
            return null;
        }
    }

    private StringLit doc(TerminalNode string) {
        return string == null ? null : common.stringLit(string.getSymbol());
    }
}
