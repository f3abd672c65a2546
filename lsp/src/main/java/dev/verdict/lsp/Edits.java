package dev.verdict.lsp;

import dev.verdict.format.FormatResult;
import dev.verdict.format.Formatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Edits the server offers: the whole document in {@code verdict fmt} layout, and quick fixes
 * read from a diagnostic's help — a did-you-mean replaces the misspelt name, and a missing
 * velocity guard (W0405) is inserted as a rule before the one it protects.
 */
final class Edits {

    private static final Pattern DID_YOU_MEAN = Pattern.compile("did you mean `([^`]+)`\\?");
    private static final Pattern GUARD = Pattern.compile("guard it, e\\.g\\. `([^`]+)` before it");

    private Edits() {
    }

    /** The formatting edit; none when the file has syntax errors or is already formatted. */
    static List<TextEdit> format(PolicyDocument document) {
        FormatResult result = Formatter.format(document.displayPath(), document.text());
        if (result.text() == null || result.text().equals(document.text())) {
            return List.of();
        }
        return List.of(new TextEdit(document.lines().whole(), result.text()));
    }

    static List<CodeAction> quickFixes(PolicyDocument document, List<Diagnostic> diagnostics) {
        List<CodeAction> actions = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            String message = diagnostic.getMessage();
            Matcher rename = DID_YOU_MEAN.matcher(message);
            if (rename.find()) {
                actions.add(action("Change to `" + rename.group(1) + "`", document, diagnostic,
                        new TextEdit(diagnostic.getRange(), rename.group(1))));
            }
            Matcher guard = GUARD.matcher(message);
            if (guard.find()) {
                int line = diagnostic.getRange().getStart().getLine();
                String indent = document.lines().line(line).replaceAll("\\S.*", "");
                Position start = new Position(line, 0);
                actions.add(action("Insert a velocity guard before this rule", document,
                        diagnostic, new TextEdit(new Range(start, start),
                                indent + guard.group(1) + "\n")));
            }
        }
        return actions;
    }

    private static CodeAction action(String title, PolicyDocument document, Diagnostic diagnostic,
                                     TextEdit edit) {
        CodeAction action = new CodeAction(title);
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostic));
        action.setIsPreferred(true);
        action.setEdit(new WorkspaceEdit(Map.of(document.uri(), List.of(edit))));
        return action;
    }
}
