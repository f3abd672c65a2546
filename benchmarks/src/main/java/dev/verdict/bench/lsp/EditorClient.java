package dev.verdict.bench.lsp;

import dev.verdict.lsp.VerdictLanguageServer;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An editor connected to the language server over pipes, as over stdio: it sends edits and
 * waits for the diagnostics of the version it sent.
 */
final class EditorClient implements LanguageClient, AutoCloseable {

    private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    private final LanguageServer server;
    private final CompletableFuture<Integer> serverExit;

    EditorClient() throws Exception {
        Pipe toServer = Pipe.open();
        Pipe toClient = Pipe.open();
        serverExit = CompletableFuture.supplyAsync(() -> {
            try {
                return VerdictLanguageServer.run(Channels.newInputStream(toServer.source()),
                        Channels.newOutputStream(toClient.sink()), "benchmark");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        });
        var launcher = LSPLauncher.createClientLauncher(this,
                Channels.newInputStream(toClient.source()),
                Channels.newOutputStream(toServer.sink()));
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        server.initialize(params).get(60, TimeUnit.SECONDS);
    }

    void open(String uri, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "verdict-policy", 0, text)));
    }

    /** Sends version {@code version} of the document whole, as a full-sync editor does. */
    void change(String uri, int version, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(text))));
    }

    /** Waits for the {@code nth} (from 1) publication of diagnostics for that version. */
    PublishDiagnosticsParams awaitPublication(int version, int nth) throws InterruptedException {
        int seen = 0;
        while (true) {
            PublishDiagnosticsParams next = published.poll(60, TimeUnit.SECONDS);
            if (next == null) {
                throw new IllegalStateException("no diagnostics for version " + version);
            }
            if (next.getVersion() != null && next.getVersion() == version && ++seen == nth) {
                return next;
            }
        }
    }

    void drain() {
        published.clear();
    }

    @Override
    public void close() throws Exception {
        server.shutdown().get(60, TimeUnit.SECONDS);
        server.exit();
        serverExit.get(60, TimeUnit.SECONDS);
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        published.add(diagnostics);
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void showMessage(MessageParams message) {
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(
            ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
    }
}
