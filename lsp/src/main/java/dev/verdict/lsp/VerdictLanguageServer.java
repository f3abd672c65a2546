package dev.verdict.lsp;

import dev.verdict.schema.Schema;
import dev.verdict.source.Schemas;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The Verdict language server. {@link #run} serves one client over a pair of streams (stdio for
 * {@code verdict lsp}) until the client exits.
 */
public final class VerdictLanguageServer implements LanguageServer, LanguageClientAware {

    private final DocumentCompiler compiler;
    private final PolicyTextDocumentService documents;
    private final VerdictWorkspaceService workspace;
    private final DiagnosticsPublisher diagnostics;
    private final String version;
    private volatile LanguageClient client;
    private volatile boolean shutdown;
    private final CompletableFuture<Void> exited = new CompletableFuture<>();

    public VerdictLanguageServer(String version) {
        Schema schema = Schemas.aftersale();
        DocumentCompiler compiler = new DocumentCompiler(schema);
        this.compiler = compiler;
        this.version = version;
        this.diagnostics = new DiagnosticsPublisher(compiler, p -> {
            if (client != null) {
                client.publishDiagnostics(p);
            }
        });
        this.documents = new PolicyTextDocumentService(diagnostics,
                new Hovers(schema, compiler), new Completions(schema));
        this.workspace = new VerdictWorkspaceService(documents, new TestLenses(compiler), m -> {
            if (client != null) {
                client.showMessage(m);
            }
        });
    }

    /**
     * Serves one client on {@code in} and {@code out} until it sends {@code exit} or closes the
     * stream; returns 0 after an orderly {@code shutdown}, 1 otherwise (as the protocol asks).
     */
    public static int run(InputStream in, OutputStream out, String version)
            throws InterruptedException {
        VerdictLanguageServer server = new VerdictLanguageServer(version);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        CompletableFuture<Void> closed = CompletableFuture.runAsync(() -> {
            try {
                listening.get();
            } catch (InterruptedException | ExecutionException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            CompletableFuture.anyOf(closed, server.exited).get();
        } catch (ExecutionException e) {
            return 1;
        } finally {
            server.diagnostics.close();
        }
        return server.shutdown ? 0 : 1;
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        compiler.workspace(WorkspaceFolders.of(params));
        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setTextDocumentSync(TextDocumentSyncKind.Full);
        capabilities.setHoverProvider(true);
        capabilities.setCompletionProvider(new CompletionOptions(false, List.of(".", " ", "[",
                ",")));
        capabilities.setDefinitionProvider(true);
        capabilities.setReferencesProvider(true);
        capabilities.setDocumentSymbolProvider(true);
        capabilities.setDocumentFormattingProvider(true);
        capabilities.setCodeActionProvider(true);
        capabilities.setCodeLensProvider(new CodeLensOptions(false));
        capabilities.setExecuteCommandProvider(
                new ExecuteCommandOptions(List.of(TestLenses.RUN_TEST)));
        return CompletableFuture.completedFuture(
                new InitializeResult(capabilities, new ServerInfo("verdict", version)));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        diagnostics.close();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        diagnostics.close();
        exited.complete(null);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }
}
