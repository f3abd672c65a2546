package dev.verdict.examples.service;

import dev.verdict.loader.DirectoryWatcher;
import dev.verdict.loader.LoadedPolicy;
import dev.verdict.loader.log.DecisionLog;
import dev.verdict.loader.log.FieldMask;
import dev.verdict.loader.log.JsonLinesLog;
import java.io.IOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * A running service: the HTTP server, the watcher that reloads the policy directory (when there
 * is one) and the decision log (when asked for); {@link #close()} stops all three.
 */
final class Service implements AutoCloseable {

    /** How long the policy directory must be quiet before it is reloaded. */
    static final Duration DEBOUNCE = Duration.ofMillis(200);

    private final DecisionServer server;
    private final DirectoryWatcher watcher;
    private final JsonLinesLog log;

    private Service(DecisionServer server, DirectoryWatcher watcher, JsonLinesLog log) {
        this.server = server;
        this.watcher = watcher;
        this.log = log;
    }

    static Service start(InetSocketAddress address, ActivePolicies policies,
                         ServiceConfig config) throws IOException {
        JsonLinesLog log = config.decisionLog() == null ? null : log(policies, config);
        DecisionLog record = log == null ? DecisionLog.NONE : log;
        DecisionServer server = DecisionServer.start(address, policies,
                ServiceLimits.defaults(), record, log == null ? () -> 0 : log::dropped);
        DirectoryWatcher watcher = policies.holder() == null ? null
                : DirectoryWatcher.reloading(policies.holder(), config.policyDirectory(),
                        DEBOUNCE);
        return new Service(server, watcher, log);
    }

    private static JsonLinesLog log(ActivePolicies policies, ServiceConfig config)
            throws IOException {
        LoadedPolicy any = policies.current().policies().values().iterator().next();
        FieldMask mask = FieldMask.of(any.requestReader().fields(),
                config.maskedFields().toArray(String[]::new));
        Writer out = Files.newBufferedWriter(config.decisionLog(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return JsonLinesLog.start(out, JsonLinesLog.DEFAULT_CAPACITY, mask);
    }

    InetSocketAddress address() {
        return server.address();
    }

    @Override
    public void close() {
        server.close();
        try {
            if (watcher != null) {
                watcher.close();
            }
            if (log != null) {
                log.close();
            }
        } catch (IOException e) {
            System.err.println("verdict-service: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
