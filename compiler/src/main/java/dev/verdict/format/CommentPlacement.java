package dev.verdict.format;

import dev.verdict.ast.Comment;
import dev.verdict.ast.Decl;
import dev.verdict.ast.Span;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which declaration each comment of a file belongs to, by position: a comment after a
 * declaration on that declaration's last line trails it; one within a declaration is inside it
 * (the layout decides where it goes); the rest lead the declaration that follows them, or close
 * the file.
 */
final class CommentPlacement {

    /** The comments attached to one declaration. */
    static final class Attached {
        final List<Comment> leading = new ArrayList<>();
        final List<Comment> inside = new ArrayList<>();
        Comment trailing;
    }

    private final Map<Decl, Attached> byDecl = new IdentityHashMap<>();
    private final List<Comment> footer = new ArrayList<>();

    CommentPlacement(List<Decl> decls, List<Comment> comments) {
        for (Decl decl : decls) {
            byDecl.put(decl, new Attached());
        }
        for (Comment comment : comments) {
            place(decls, comment);
        }
    }

    Attached of(Decl decl) {
        return byDecl.get(decl);
    }

    List<Comment> footer() {
        return footer;
    }

    /** Declarations are in source order and never overlap: find the last one that starts before. */
    private void place(List<Decl> decls, Comment comment) {
        Span at = comment.span();
        int low = 0;
        int high = decls.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Span span = decls.get(mid).span();
            if (before(span.line(), span.column(), at.line(), at.column())) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        Decl previous = high >= 0 ? decls.get(high) : null;
        if (previous != null) {
            Span span = previous.span();
            if (before(at.line(), at.column(), span.endLine(), span.endColumn())) {
                byDecl.get(previous).inside.add(comment);
                return;
            }
            if (span.endLine() == at.line()) {
                byDecl.get(previous).trailing = comment;
                return;
            }
        }
        (low < decls.size() ? byDecl.get(decls.get(low)).leading : footer).add(comment);
    }

    private static boolean before(int line, int column, int otherLine, int otherColumn) {
        return line < otherLine || (line == otherLine && column < otherColumn);
    }
}
