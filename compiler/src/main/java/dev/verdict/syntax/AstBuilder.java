package dev.verdict.syntax;

import dev.verdict.ast.Action;
import dev.verdict.ast.Assignment;
import dev.verdict.ast.CompareOp;
import dev.verdict.ast.Cond;
import dev.verdict.ast.Decl;
import dev.verdict.ast.LimitBound;
import dev.verdict.ast.Name;
import dev.verdict.ast.Operand;
import dev.verdict.ast.Operand.ListLit;
import dev.verdict.ast.Operand.PathRef;
import dev.verdict.ast.Operand.StringLit;
import dev.verdict.ast.Span;
import dev.verdict.diag.SyntaxDiagnostics;
import dev.verdict.diag.Diagnostic;
import dev.verdict.grammar.VerdictParser.*;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The only code that sees ANTLR parse trees: builds the immutable AST. A declaration with a
 * syntax error in it is left out (its error is already reported), so later stages see only
 * well-formed declarations and report nothing twice.
 */
final class AstBuilder {

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Literals literals;

    AstBuilder(String file) {
        this.file = file;
        this.literals = new Literals(file, diagnostics);
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    List<Decl> declarations(FileContext file) {
        List<Decl> decls = new ArrayList<>();
        for (DeclContext ctx : file.decl()) {
            if (!hasSyntaxError(ctx)) {
                Decl decl = decl(ctx);
                if (decl != null) {
                    decls.add(decl);
                }
            }
        }
        return decls;
    }

    private static boolean hasSyntaxError(ParseTree tree) {
        if (tree instanceof ErrorNode) {
            return true;
        }
        if (tree instanceof ParserRuleContext ctx && ctx.exception != null) {
            return true;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            if (hasSyntaxError(tree.getChild(i))) {
                return true;
            }
        }
        return false;
    }

    private Decl decl(DeclContext ctx) {
        Span span = Spans.of(ctx);
        if (ctx instanceof PolicyDeclContext c) {
            return new Decl.PolicyHeader(stringLit(c.STRING().getSymbol()), span);
        }
        if (ctx instanceof PlatformDeclContext c) {
            StringLit displayName = c.STRING() == null ? null : stringLit(c.STRING().getSymbol());
            return new Decl.PlatformHeader(platformRef(c.platformRef()), displayName, span);
        }
        if (ctx instanceof CurrencyDeclContext c && c.NUMBER() == null) {
            return new Decl.CurrencyHeader(identifier(c.UPPER() != null ? c.UPPER() : c.IDENT()),
                    span);
        }
        if (ctx instanceof LetDeclContext c) {
            return new Decl.Let(identifier(c.IDENT()), list(c.list()), span);
        }
        if (ctx instanceof SetDeclContext c) {
            return new Decl.SetDecl(identifier(c.IDENT()), operand(c.operand()),
                    where(c.whereClause()), span);
        }
        if (ctx instanceof DefaultDeclContext c) {
            return new Decl.DefaultDecl(identifier(c.IDENT()), operand(c.operand()), span);
        }
        if (ctx instanceof LimitDeclContext c) {
            return new Decl.LimitDecl(path(c.path()), limitBound(c.limitBound()),
                    where(c.whereClause()), span);
        }
        if (ctx instanceof ForbidDeclContext c) {
            return new Decl.ForbidDecl(identifier(c.IDENT()), where(c.whereClause()), span);
        }
        if (ctx instanceof GuardDeclContext c) {
            return new Decl.GuardDecl(name(c.name()), cond(c.cond()), actions(c.actions()),
                    span);
        }
        if (ctx instanceof RuleDeclContext c) {
            int whenLine = c.getToken(Keywords.WHEN, 0).getSymbol().getLine();
            Name name = c.name() == null ? null : name(c.name());
            return new Decl.RuleDecl(name, whenLine, cond(c.cond()), actions(c.actions()), span);
        }
        if (ctx instanceof OtherwiseDeclContext c) {
            return new Decl.Otherwise(actions(c.actions()), span);
        }
        if (ctx instanceof TestDeclContext c) {
            return test(c, span);
        }
        return new SchemaAstBuilder(this, file, diagnostics).decl(ctx, span);
    }

    private Decl test(TestDeclContext ctx, Span span) {
        Name name = name(ctx.name());
        if (ctx.testBody() instanceof DefaultsBodyContext body) {
            if (name.quoted() || !name.text().equals("defaults")) {
                diagnostics.add(SyntaxDiagnostics.testWithoutExpect(Spans.of(body), name.text())
                        .inFile(file));
                return null;
            }
            return new Decl.TestDefaults(assignments(body.assignments()), span);
        }
        if (ctx.testBody() instanceof CaseBodyContext body) {
            List<Assignment> given = body.assignments() == null ? List.of()
                    : assignments(body.assignments());
            List<Action> expected = actions(body.actions());
            return new Decl.TestCase(name, given, expected.get(0),
                    expected.subList(1, expected.size()), ruleRef(body.ruleRef()), span);
        }
        throw new IllegalStateException("unknown test body");
    }

    private Name ruleRef(RuleRefContext ctx) {
        if (ctx == null) {
            return null;
        }
        return ctx.name() != null ? name(ctx.name()) : new Name("otherwise", false, Spans.of(ctx));
    }

    Name platformRef(PlatformRefContext ctx) {
        return ctx.STRING() != null ? quotedName(ctx.STRING().getSymbol())
                : identifier(ctx.IDENT());
    }

    private LimitBound limitBound(LimitBoundContext ctx) {
        if (ctx instanceof CompareBoundContext c) {
            return new LimitBound.Compare(compareOp(c.compareOp()), operand(c.operand()));
        }
        if (ctx instanceof InBoundContext c) {
            return new LimitBound.OneOf(list(c.list()));
        }
        if (ctx instanceof BetweenBoundContext c) {
            return new LimitBound.Between(operand(c.operand(0)), operand(c.operand(1)));
        }
        throw new IllegalStateException("unknown limit bound");
    }

    private Cond where(WhereClauseContext ctx) {
        return ctx == null ? null : cond(ctx.cond());
    }

    private List<Assignment> assignments(AssignmentsContext ctx) {
        List<Assignment> result = new ArrayList<>();
        for (AssignmentContext a : ctx.assignment()) {
            Operand value = a.operand() == null ? null : operand(a.operand());
            result.add(new Assignment(path(a.path()), value, Spans.of(a)));
        }
        return result;
    }

    Cond cond(CondContext ctx) {
        List<Cond> operands = new ArrayList<>();
        for (AndCondContext and : ctx.andCond()) {
            operands.add(andCond(and));
        }
        return operands.size() == 1 ? operands.get(0) : new Cond.Or(operands, Spans.of(ctx));
    }

    private Cond andCond(AndCondContext ctx) {
        List<Cond> operands = new ArrayList<>();
        for (NotCondContext not : ctx.notCond()) {
            operands.add(notCond(not));
        }
        return operands.size() == 1 ? operands.get(0) : new Cond.And(operands, Spans.of(ctx));
    }

    private Cond notCond(NotCondContext ctx) {
        if (ctx.notCond() != null) {
            return new Cond.Not(notCond(ctx.notCond()), Spans.of(ctx));
        }
        PrimaryContext primary = ctx.primary();
        return primary.cond() != null ? cond(primary.cond()) : atom(primary.atom());
    }

    private Cond atom(AtomContext ctx) {
        Span span = Spans.of(ctx);
        if (ctx instanceof CompareAtomContext c) {
            return new Cond.Compare(path(c.path()), compareOp(c.compareOp()), operand(c.operand()),
                    span);
        }
        if (ctx instanceof InAtomContext c) {
            return new Cond.In(path(c.path()), c.NOT != null, c.list() != null ? list(c.list())
                    : pathRef(c.IDENT().getSymbol()), span);
        }
        if (ctx instanceof BetweenAtomContext c) {
            return new Cond.Between(path(c.path()), operand(c.operand(0)), operand(c.operand(1)),
                    span);
        }
        if (ctx instanceof PresenceAtomContext c) {
            return new Cond.Presence(path(c.path()), c.PRESENT != null, span);
        }
        if (ctx instanceof TruthAtomContext c) {
            return new Cond.Truth(path(c.path()), span);
        }
        throw new IllegalStateException("unknown atom");
    }

    private static CompareOp compareOp(CompareOpContext ctx) {
        return CompareOp.ofSymbol(ctx.getText());
    }

    Operand operand(OperandContext ctx) {
        return ctx.path() != null ? path(ctx.path()) : literal(ctx.literal());
    }

    private Operand literal(LiteralContext ctx) {
        Span span = Spans.of(ctx);
        if (ctx instanceof NumberLiteralContext c) {
            return new Operand.NumberLit(new BigDecimal(c.NUMBER().getText()), c.UPPER() == null
                    ? null : c.UPPER().getText(), span);
        }
        if (ctx instanceof SuffixedLiteralContext c) {
            return literals.suffixed(c.getText(), span);
        }
        if (ctx instanceof PercentLiteralContext c) {
            return literals.percent(c.getText(), span);
        }
        if (ctx instanceof StringLiteralContext c) {
            String value = literals.string(c.getText(), span);
            return value == null ? new Operand.Malformed(c.getText(), span) : new StringLit(value,
                    span);
        }
        if (ctx instanceof DateLiteralContext c) {
            return literals.date(c.getText(), span);
        }
        if (ctx instanceof TimestampLiteralContext c) {
            return literals.timestamp(c.getText(), span);
        }
        if (ctx instanceof BoolLiteralContext c) {
            return new Operand.BoolLit(c.getText().equals("true"), span);
        }
        throw new IllegalStateException("unknown literal");
    }

    ListLit list(ListContext ctx) {
        List<Operand> items = new ArrayList<>();
        for (OperandContext item : ctx.operand()) {
            items.add(operand(item));
        }
        return new ListLit(items, Spans.of(ctx));
    }

    private List<Action> actions(ActionsContext ctx) {
        List<Action> result = new ArrayList<>();
        for (ActionContext action : ctx.action()) {
            result.add(action(action));
        }
        return result;
    }

    private Action action(ActionContext ctx) {
        List<Operand> args = new ArrayList<>();
        for (OperandContext arg : ctx.operand()) {
            args.add(operand(arg));
        }
        boolean parenthesised = ctx.getChildCount() > 1;
        return new Action(identifier(ctx.IDENT()), args, parenthesised, Spans.of(ctx));
    }

    Name name(NameContext ctx) {
        return ctx.STRING() != null ? quotedName(ctx.STRING().getSymbol())
                : identifier(ctx.IDENT());
    }

    private Name quotedName(Token token) {
        StringLit lit = stringLit(token);
        return new Name(lit.value(), true, lit.span());
    }

    StringLit stringLit(Token token) {
        Span span = Spans.of(token);
        String value = literals.string(token.getText(), span);
        return new StringLit(value == null ? token.getText() : value, span);
    }

    static Name identifier(TerminalNode node) {
        return new Name(node.getText(), false, Spans.of(node.getSymbol()));
    }

    static PathRef path(PathContext ctx) {
        return new PathRef(ctx.getText(), Spans.of(ctx));
    }

    private static PathRef pathRef(Token token) {
        return new PathRef(token.getText(), Spans.of(token));
    }
}
