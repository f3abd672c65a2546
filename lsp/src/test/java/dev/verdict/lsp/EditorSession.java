package dev.verdict.lsp;

import java.io.InputStream;
import java.io.OutputStream;
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
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An editor, as the tests and the edit-latency benchmark drive it: the server runs on piped
 * streams exactly as over stdio, and this client speaks JSON-RPC to it through LSP4J's own
 * launcher, collecting what the server publishes.
 */
public final class EditorSession implements AutoCloseable {

    final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final BlockingQueue<MessageParams> messages = new LinkedBlockingQueue<>();
    final LanguageServer server;
    final CompletableFuture<Integer> exitCode;
    final InitializeResult initialized;

    /** Starts a server and initializes it; {@code clientName} is what the server logs. */
    public EditorSession(String clientName) throws Exception {
        // NIO pipes, not java.io's piped streams: those fail ("write end dead") once a pool
        // thread that wrote to them ends, as LSP4J's threads do.
        Pipe toServer = Pipe.open();
        Pipe toClient = Pipe.open();
        InputStream serverIn = Channels.newInputStream(toServer.source());
        OutputStream clientOut = Channels.newOutputStream(toServer.sink());
        InputStream clientIn = Channels.newInputStream(toClient.source());
        OutputStream serverOut = Channels.newOutputStream(toClient.sink());
        exitCode = CompletableFuture.supplyAsync(() -> {
            try {
                return VerdictLanguageServer.run(serverIn, serverOut, clientName);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        });
        Launcher<LanguageServer> launcher =
                LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        initialized = server.initialize(params).get(30, TimeUnit.SECONDS);
        server.initialized(null);
    }

    public void open(String uri, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "verdict-policy", 1, text)));
    }

    /** Sends version {@code version} of the document whole, as a full-sync editor does. */
    public void change(String uri, int version, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(text))));
    }

    /**
     * The diagnostics published for a document version once the server is done with it: the
     * last publication of that version, after which nothing more comes for a while.
     */
    PublishDiagnosticsParams settled(String uri, int version) throws InterruptedException {
        PublishDiagnosticsParams last = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            PublishDiagnosticsParams next = diagnostics.poll(last == null ? 60 : 1,
                    TimeUnit.SECONDS);
            if (next == null && last != null) {
                return last;
            }
            if (next != null && next.getUri().equals(uri) && next.getVersion() != null
                    && next.getVersion() == version) {
                last = next;
            }
        }
        throw new AssertionError("no diagnostics for " + uri + " version " + version);
    }

    /** Waits for the {@code nth} (from 1) publication of diagnostics for that version. */
    public PublishDiagnosticsParams awaitPublication(int version, int nth)
            throws InterruptedException {
        int seen = 0;
        while (true) {
            PublishDiagnosticsParams next = diagnostics.poll(60, TimeUnit.SECONDS);
            if (next == null) {
                throw new AssertionError("no diagnostics for version " + version);
            }
            if (next.getVersion() != null && next.getVersion() == version && ++seen == nth) {
                return next;
            }
        }
    }

    /** Forgets what was published so far. */
    public void drain() {
        diagnostics.clear();
    }

    static TextDocumentIdentifier doc(String uri) {
        return new TextDocumentIdentifier(uri);
    }

    static Position at(int line, int character) {
        return new Position(line, character);
    }

    @Override
    public void close() throws Exception {
        server.shutdown().get(30, TimeUnit.SECONDS);
        server.exit();
        exitCode.get(30, TimeUnit.SECONDS);
    }

    private final class Client implements LanguageClient {
        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.add(params);
        }

        @Override
        public void showMessage(MessageParams message) {
            messages.add(message);
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
}
