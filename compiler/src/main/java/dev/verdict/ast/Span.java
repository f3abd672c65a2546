package dev.verdict.ast;

/**
 * A range of source text: lines and columns start at 1, the end column is exclusive.
 * Spans are positions only; AST equality that should ignore them uses {@link AstPrinter} text.
 */
public record Span(int line, int column, int endLine, int endColumn) {

    public static final Span NONE = new Span(1, 1, 1, 1);

    /** The smallest span covering this one and {@code other}. */
    public Span to(Span other) {
        boolean otherEndsLater = other.endLine > endLine
                || (other.endLine == endLine && other.endColumn > endColumn);
        return otherEndsLater ? new Span(line, column, other.endLine, other.endColumn) : this;
    }
}
