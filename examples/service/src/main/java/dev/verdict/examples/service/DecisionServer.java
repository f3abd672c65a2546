package dev.verdict.examples.service;

import com.sun.net.httpserver.HttpServer;
import dev.verdict.runtime.PolicyEvaluator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP service, on the JDK's own server: {@code POST /decide/{policy}} and
 * {@code GET /policies}; any other path answers {@code 404} in the same JSON error shape.
 * Requests are handled on a small pool of threads (evaluators are thread-safe).
 */
final class DecisionServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads;

    private DecisionServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** A server deciding with {@code policies}, listening on {@code address} (port 0: any). */
    static DecisionServer start(InetSocketAddress address, Map<String, PolicyEvaluator> policies)
            throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        server.createContext(DecideHandler.PATH, new DecideHandler(policies));
        server.createContext(PolicyListHandler.PATH,
                new PolicyListHandler(List.copyOf(policies.keySet())));
        server.createContext("/", exchange -> {
            try (exchange) {
                new JsonExchange(exchange).sendError(404,
                        "no such resource: " + exchange.getRequestURI().getPath(), null);
            }
        });
        ExecutorService threads =
                Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        server.setExecutor(threads);
        server.start();
        return new DecisionServer(server, threads);
    }

    /** Where the server listens (the actual port when 0 was asked for). */
    InetSocketAddress address() {
        return server.getAddress();
    }

    /** Stops accepting requests, lets running ones finish for up to a second, and stops. */
    @Override
    public void close() {
        server.stop(1);
        threads.shutdown();
        try {
            threads.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
