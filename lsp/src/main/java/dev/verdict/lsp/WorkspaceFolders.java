package dev.verdict.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceFolder;

/** The folders of the workspace a client opens: its workspace folders, else its root. */
final class WorkspaceFolders {

    private WorkspaceFolders() {
    }

    /** The {@code file:} folders {@code params} names; empty when it names none. */
    @SuppressWarnings("deprecation") // rootUri: what clients without workspace folders send
    static List<Path> of(InitializeParams params) {
        List<String> uris = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            params.getWorkspaceFolders().stream().map(WorkspaceFolder::getUri).forEach(uris::add);
        }
        if (uris.isEmpty() && params.getRootUri() != null) {
            uris.add(params.getRootUri());
        }
        return uris.stream().map(PolicyDocument::fileOf).filter(Objects::nonNull).toList();
    }
}
