package dev.verdict.lsp;

import dev.verdict.pipeline.Compilation;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.eclipse.lsp4j.PublishDiagnosticsParams;

/**
 * Sends a document's diagnostics after each change, debounced: a burst of keystrokes is checked
 * once, {@link #DEBOUNCE_MS} after the last. The cheap checks are published first; the analysis
 * follows and is dropped, unpublished, when a newer edit arrived meanwhile (its result would be
 * stale). One worker thread does all of it, so documents are checked in the order they changed.
 */
final class DiagnosticsPublisher implements AutoCloseable {

    static final long DEBOUNCE_MS = 75;

    private final DocumentCompiler compiler;
    private final Consumer<PublishDiagnosticsParams> client;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            task -> {
                Thread thread = new Thread(null, task, "verdict-lsp-diagnostics", 64L << 20);
                thread.setDaemon(true);
                return thread;
            });
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

    DiagnosticsPublisher(DocumentCompiler compiler, Consumer<PublishDiagnosticsParams> client) {
        this.compiler = compiler;
        this.client = client;
    }

    /** Schedules the checks of a document's new version. */
    void changed(PolicyDocument document) {
        long generation = generation(document.uri()).incrementAndGet();
        worker.schedule(() -> check(document, generation), DEBOUNCE_MS, TimeUnit.MILLISECONDS);
    }

    /** Clears a closed document's diagnostics and cancels its pending checks. */
    void closed(String uri) {
        generation(uri).incrementAndGet();
        worker.execute(() -> client.accept(new PublishDiagnosticsParams(uri, List.of())));
    }

    private void check(PolicyDocument document, long generation) {
        if (stale(document, generation)) {
            return;
        }
        Compilation checked = compiler.check(document);
        publish(document, checked);
        if (checked.hasErrors() || stale(document, generation)) {
            return;
        }
        Compilation analysed = compiler.analyse(document);
        if (!stale(document, generation)) {
            publish(document, analysed);
        }
    }

    private void publish(PolicyDocument document, Compilation compilation) {
        client.accept(new PublishDiagnosticsParams(document.uri(),
                DiagnosticConverter.convert(document, compilation.diagnostics()),
                document.version()));
    }

    private boolean stale(PolicyDocument document, long generation) {
        return generation(document.uri()).get() != generation;
    }

    private AtomicLong generation(String uri) {
        return generations.computeIfAbsent(uri, u -> new AtomicLong());
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
