package dev.verdict.lsp;

import dev.verdict.ast.Span;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between the compiler's positions (lines from 1, columns from 1 counting code points)
 * and the protocol's (lines and characters from 0, characters counting UTF-16 code units), over
 * one document's text. LF, CRLF and a lone CR all end a line.
 */
final class LineIndex {

    private final String text;
    private final List<Integer> starts = new ArrayList<>();

    LineIndex(String text) {
        this.text = text;
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (c == '\n' || (c == '\r' && !crlf)) {
                starts.add(i + 1);
            }
        }
    }

    int lineCount() {
        return starts.size();
    }

    /** The text of a line (from 0), without its line end. */
    String line(int line) {
        if (line < 0 || line >= starts.size()) {
            return "";
        }
        int start = starts.get(line);
        int end = line + 1 < starts.size() ? starts.get(line + 1) : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    Range range(Span span) {
        return new Range(position(span.line(), span.column()),
                position(span.endLine(), span.endColumn()));
    }

    /** The protocol position of a compiler line and code-point column. */
    Position position(int line, int column) {
        int lineIndex = Math.max(0, Math.min(line - 1, starts.size() - 1));
        String lineText = line(lineIndex);
        int codePoints = Math.max(0, column - 1);
        int units = 0;
        for (int i = 0; i < codePoints && units < lineText.length(); i++) {
            units += Character.charCount(lineText.codePointAt(units));
        }
        return new Position(lineIndex, units);
    }

    /** The offset in the text of a protocol position, clamped to the document. */
    int offset(Position position) {
        int lineIndex = Math.max(0, Math.min(position.getLine(), starts.size() - 1));
        int start = starts.get(lineIndex);
        return Math.min(start + Math.min(position.getCharacter(), line(lineIndex).length()),
                text.length());
    }

    /** The compiler's (line, column) of a protocol position: {line, column}, both from 1. */
    int[] compilerPosition(Position position) {
        int lineIndex = Math.max(0, Math.min(position.getLine(), starts.size() - 1));
        String lineText = line(lineIndex);
        int units = Math.min(position.getCharacter(), lineText.length());
        return new int[] {lineIndex + 1, lineText.codePointCount(0, units) + 1};
    }

    /** Whether the compiler position lies within the span (end exclusive, start inclusive). */
    static boolean contains(Span span, int line, int column) {
        boolean afterStart = line > span.line() || (line == span.line() && column >= span.column());
        boolean beforeEnd = line < span.endLine()
                || (line == span.endLine() && column <= span.endColumn());
        return afterStart && beforeEnd;
    }

    Range whole() {
        int last = starts.size() - 1;
        return new Range(new Position(0, 0), new Position(last, line(last).length()));
    }
}
