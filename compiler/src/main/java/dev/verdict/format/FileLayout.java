package dev.verdict.format;

import dev.verdict.ast.Comment;
import dev.verdict.ast.Decl;
import dev.verdict.ast.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Lays out a whole file: declarations in source order with their comments, one blank line
 * between groups (declarations of different kinds, and around every block), and a blank line
 * wherever the author left one or more. Records the new line of each unnamed rule, whose
 * {@code rule@LINE} name follows it.
 */
final class FileLayout {

    private enum Group { HEADER, LET, SET, DEFAULT, LIMIT, FORBID, GUARD, RULE, OTHERWISE, TEST }

    /** Declarations of one group stay together; headers are one group, and so are tests. */
    private static final Map<Class<? extends Decl>, Group> GROUPS = Map.ofEntries(
            Map.entry(Decl.PolicyHeader.class, Group.HEADER),
            Map.entry(Decl.PlatformHeader.class, Group.HEADER),
            Map.entry(Decl.CurrencyHeader.class, Group.HEADER),
            Map.entry(Decl.Let.class, Group.LET),
            Map.entry(Decl.SetDecl.class, Group.SET),
            Map.entry(Decl.DefaultDecl.class, Group.DEFAULT),
            Map.entry(Decl.LimitDecl.class, Group.LIMIT),
            Map.entry(Decl.ForbidDecl.class, Group.FORBID),
            Map.entry(Decl.GuardDecl.class, Group.GUARD),
            Map.entry(Decl.RuleDecl.class, Group.RULE),
            Map.entry(Decl.Otherwise.class, Group.OTHERWISE),
            Map.entry(Decl.TestDefaults.class, Group.TEST),
            Map.entry(Decl.TestCase.class, Group.TEST));

    private final SourceFile file;
    private final DeclLayout layout;
    private final CommentPlacement comments;
    private final String[] sourceLines;
    private final List<String> out = new ArrayList<>();
    private final Map<Integer, Integer> ruleLines = new HashMap<>();

    FileLayout(SourceFile file, UnaryOperator<String> ruleNames) {
        this.file = file;
        this.layout = new DeclLayout(ruleNames);
        this.comments = new CommentPlacement(file.decls(), file.comments());
        this.sourceLines = file.text().split("\\R", -1);
    }

    /** The formatted text: lines ending in a newline, or nothing for an empty file. */
    String print() {
        Decl previous = null;
        int previousLines = 0;
        int lastLine = 0;
        for (Decl decl : file.decls()) {
            List<String> lines = new ArrayList<>(layout.lines(decl));
            CommentPlacement.Attached attached = comments.of(decl);
            boolean separate = previous != null
                    && (group(previous) != group(decl) || previousLines > 1 || lines.size() > 1);
            for (Comment comment : attached.leading) {
                lastLine = emitComment(comment, separate, lastLine);
                separate = false;
            }
            if (!out.isEmpty() && (separate || blankBetween(lastLine, decl.span().line()))) {
                out.add("");
            }
            placeInside(decl, attached, lines);
            if (decl instanceof Decl.RuleDecl rule && rule.name() == null) {
                ruleLines.putIfAbsent(rule.whenLine(), out.size() + 1);
            }
            if (attached.trailing != null) {
                lines.set(lines.size() - 1, trail(lines.get(lines.size() - 1), attached.trailing));
            }
            out.addAll(lines);
            previous = decl;
            previousLines = lines.size();
            lastLine = decl.span().endLine();
        }
        for (Comment comment : comments.footer()) {
            lastLine = emitComment(comment, false, lastLine);
        }
        return out.isEmpty() ? "" : String.join("\n", out) + "\n";
    }

    /** Old {@code when} line of each unnamed rule to its line in the output of {@link #print()}. */
    Map<Integer, Integer> ruleLines() {
        return ruleLines;
    }

    /**
     * Comments inside a declaration: the last ones that sit at the end of an anchor line (see
     * {@link DeclLayout#anchors}) trail the printed line that ends that part, in order; the
     * others go before the declaration, so that comments keep their order.
     */
    private void placeInside(Decl decl, CommentPlacement.Attached attached, List<String> lines) {
        Map<Integer, Integer> anchors = DeclLayout.anchors(decl, lines.size());
        int free = attached.trailing != null ? lines.size() - 2 : lines.size() - 1;
        int first = attached.inside.size();
        while (first > 0) {
            Integer target = anchors.get(attached.inside.get(first - 1).span().line());
            if (target == null || target > free) {
                break;
            }
            first--;
            lines.set(target, trail(lines.get(target), attached.inside.get(first)));
            free = target - 1;
        }
        attached.inside.subList(0, first).forEach(c -> out.add(text(c)));
    }

    private int emitComment(Comment comment, boolean separate, int lastLine) {
        if (!out.isEmpty() && (separate || blankBetween(lastLine, comment.span().line()))) {
            out.add("");
        }
        out.add(text(comment));
        return comment.span().line();
    }

    /** Whether the source has a blank line strictly between lines {@code from} and {@code to}. */
    private boolean blankBetween(int from, int to) {
        for (int line = from + 1; line < to && line <= sourceLines.length; line++) {
            if (line >= 1 && sourceLines[line - 1].isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String trail(String line, Comment comment) {
        return line + "  " + text(comment);
    }

    private static String text(Comment comment) {
        return comment.text().stripTrailing();
    }

    private static Group group(Decl decl) {
        return GROUPS.get(decl.getClass());
    }
}
