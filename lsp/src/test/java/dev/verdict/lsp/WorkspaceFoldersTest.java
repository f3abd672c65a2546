package dev.verdict.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verdict.diag.Code;
import dev.verdict.diag.Diagnostic;
import dev.verdict.source.Schemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor confines a document's profile paths as {@code verdict check} does: to the
 * document's folder and the workspace's folders.
 */
class WorkspaceFoldersTest {

    @TempDir
    Path workspace;

    @Test
    void aProfileInTheWorkspaceIsReadAndOneOutsideIsE0212() throws IOException {
        Files.createDirectories(workspace.resolve("profiles"));
        Files.writeString(workspace.resolve("profiles/m.platform"),
                "platform m \"M\"\ncurrency USD\n");
        Path policy = Files.createDirectories(workspace.resolve("rules")).resolve("a.policy");
        PolicyDocument document = new PolicyDocument(policy.toUri().toString(), 1,
                "platform \"../profiles/m.platform\"\notherwise manual_review\n");
        DocumentCompiler compiler = new DocumentCompiler(Schemas.aftersale());
        assertEquals(List.of(Code.E0212), errors(compiler, document));

        InitializeParams params = new InitializeParams();
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(),
                "shop")));
        compiler.workspace(WorkspaceFolders.of(params));
        assertEquals(List.of(), errors(compiler, document));
    }

    private static List<Code> errors(DocumentCompiler compiler, PolicyDocument document) {
        return compiler.check(document).diagnostics().stream().filter(Diagnostic::isError)
                .map(Diagnostic::code).toList();
    }
}
