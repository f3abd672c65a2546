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

    private void place(List<Decl> decls, Comment comment) {
        Span at = comment.span();
        Decl trailed = null;
        for (Decl decl : decls) {
            Span span = decl.span();
            boolean endsBefore = !before(at.line(), at.column(), span.endLine(), span.endColumn());
            if (before(span.line(), span.column(), at.line(), at.column()) && !endsBefore) {
                byDecl.get(decl).inside.add(comment);
                return;
            }
            if (endsBefore && span.endLine() == at.line()) {
                trailed = decl;
            }
            if (before(at.line(), at.column(), span.line(), span.column())) {
                break;
            }
        }
        if (trailed != null) {
            byDecl.get(trailed).trailing = comment;
        } else {
            Decl next = decls.stream()
                    .filter(d -> before(at.line(), at.column(), d.span().line(), d.span().column()))
                    .findFirst().orElse(null);
            (next == null ? footer : byDecl.get(next).leading).add(comment);
        }
    }

    private static boolean before(int line, int column, int otherLine, int otherColumn) {
        return line < otherLine || (line == otherLine && column < otherColumn);
    }
}
