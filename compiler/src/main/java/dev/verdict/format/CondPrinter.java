package dev.verdict.format;

import dev.verdict.ast.Cond;
import dev.verdict.ast.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Conditions in canonical form: operators spaced, and parentheses only where the tree needs
 * them ({@code not} binds tighter than {@code and}, which binds tighter than {@code or}; a chain
 * nested in a chain of the same operator keeps its parentheses, so the tree is preserved).
 * Long conditions break before the top-level {@code and}/{@code or}, filling lines greedily.
 */
public final class CondPrinter {

    static final int WIDTH = 100;

    private CondPrinter() {
    }

    /** {@code cond} on one line, in canonical form. */
    public static String text(Cond cond) {
        if (cond instanceof Cond.Or or) {
            return String.join(" or ", operands(or.operands(), true));
        }
        if (cond instanceof Cond.And and) {
            return String.join(" and ", operands(and.operands(), false));
        }
        if (cond instanceof Cond.Not not) {
            String operand = text(not.operand());
            return "not " + (isChain(not.operand()) ? "(" + operand + ")" : operand);
        }
        return atom(cond);
    }

    /**
     * {@code prefix + cond} as one line when it fits in {@link #WIDTH} columns; else broken
     * before top-level operators, continuation lines indented by {@code indent}.
     */
    static List<String> lines(String prefix, Cond cond, String indent) {
        String oneLine = prefix + text(cond);
        if (oneLine.length() <= WIDTH || !isChain(cond)) {
            return List.of(oneLine);
        }
        boolean isOr = cond instanceof Cond.Or;
        List<String> pieces = isOr ? operands(((Cond.Or) cond).operands(), true)
                : operands(((Cond.And) cond).operands(), false);
        String operator = isOr ? "or " : "and ";
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(prefix).append(pieces.get(0));
        for (String piece : pieces.subList(1, pieces.size())) {
            if (line.length() + 1 + operator.length() + piece.length() <= WIDTH) {
                line.append(' ').append(operator).append(piece);
            } else {
                lines.add(line.toString());
                line = new StringBuilder(indent).append(operator).append(piece);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static List<String> operands(List<Cond> operands, boolean inOr) {
        List<String> texts = new ArrayList<>();
        for (Cond operand : operands) {
            boolean parens = operand instanceof Cond.Or || (!inOr && operand instanceof Cond.And);
            texts.add(parens ? "(" + text(operand) + ")" : text(operand));
        }
        return texts;
    }

    private static boolean isChain(Cond cond) {
        return cond instanceof Cond.And || cond instanceof Cond.Or;
    }

    private static String atom(Cond cond) {
        if (cond instanceof Cond.Compare c) {
            return c.left().dotted() + " " + c.op().symbol() + " " + SourceText.operand(c.right());
        }
        if (cond instanceof Cond.In in) {
            String keyword = in.negated() ? " not in " : " in ";
            return in.left().dotted() + keyword + SourceText.operand(in.list());
        }
        if (cond instanceof Cond.Between b) {
            return b.left().dotted() + " between " + SourceText.operand(b.low()) + " and "
                    + SourceText.operand(b.high());
        }
        if (cond instanceof Cond.Presence p) {
            return p.path().dotted() + (p.present() ? " is present" : " is absent");
        }
        if (cond instanceof Cond.Truth truth) {
            return truth.path().dotted();
        }
        throw new AssertionError("unhandled " + cond.getClass().getName());
    }
}
