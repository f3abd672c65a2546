package dev.verdict.check;

import dev.verdict.ast.CompareOp;
import dev.verdict.ast.Operand;
import dev.verdict.ast.SourceText;
import dev.verdict.ast.Span;
import dev.verdict.diag.ValueDiagnostics;
import dev.verdict.ir.Expr;
import dev.verdict.schema.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers tests of string fields: {@code carrier = "ups"}, {@code !=}, {@code in ["ups", "dhl"]}
 * and {@code not in}, against written string literals only, to {@link Expr.TextIn}. Strings
 * have no order, and are never compared with fields or settings, so that the analysis sees
 * each string field as the literals a policy names plus "any other string".
 */
final class TextLowering {

    private final Scope scope;

    TextLowering(Scope scope) {
        this.scope = scope;
    }

    /** {@code field OP right}, or null after reporting. */
    Expr compare(Field field, CompareOp op, Operand right, Span span) {
        if (op.isOrdering()) {
            scope.report(ValueDiagnostics.stringOrdering(span,
                    op.symbol(), field.path()));
            return null;
        }
        String text = text(field, right);
        if (text == null) {
            return null;
        }
        Expr in = new Expr.TextIn(field, List.of(text));
        return op == CompareOp.NE ? new Expr.Not(in) : in;
    }

    /** {@code field [not] in list}, or null after reporting. */
    Expr in(Field field, Operand list, boolean negated) {
        if (!(list instanceof Operand.ListLit literal)) {
            scope.report(ValueDiagnostics.stringNeedsLiteral(list.span(), field.path(),
                    SourceText.operand(list)));
            return null;
        }
        List<String> texts = new ArrayList<>();
        boolean failed = false;
        for (Operand item : literal.items()) {
            String text = text(field, item);
            failed |= text == null;
            texts.add(text);
        }
        if (failed) {
            return null;
        }
        Expr in = texts.isEmpty() ? Expr.FALSE : new Expr.TextIn(field, texts);
        return negated ? new Expr.Not(in) : in;
    }

    private String text(Field field, Operand operand) {
        if (operand instanceof Operand.StringLit string) {
            return string.value();
        }
        if (!(operand instanceof Operand.Malformed)) {
            scope.report(ValueDiagnostics.stringNeedsLiteral(operand.span(), field.path(),
                    SourceText.operand(operand)));
        }
        return null;
    }
}
