package dev.verdict.examples.service;

import com.sun.net.httpserver.HttpServer;
import dev.verdict.loader.log.DecisionLog;
import io.prometheus.metrics.exporter.httpserver.MetricsHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The HTTP service, on the JDK's own server: {@code POST /decide/{policy}},
 * {@code GET /policies}, {@code GET /versions}, {@code POST /reload} and {@code GET /metrics};
 * any other path answers {@code 404} in the same JSON error shape. Requests are handled on a
 * bounded pool of threads within the {@link ServiceLimits}.
 */
final class DecisionServer implements AutoCloseable {

    private final HttpServer server;
    private final ThreadPoolExecutor threads;
    private final ServiceMetrics metrics;

    private DecisionServer(HttpServer server, ThreadPoolExecutor threads,
                           ServiceMetrics metrics) {
        this.server = server;
        this.threads = threads;
        this.metrics = metrics;
    }

    /**
     * A server deciding with {@code policies}, listening on {@code address} (port 0: any),
     * recording decisions in {@code log}; {@code droppedLogLines} counts those it dropped.
     */
    static DecisionServer start(InetSocketAddress address, ActivePolicies policies,
                                ServiceLimits limits, DecisionLog log,
                                LongSupplier droppedLogLines) throws IOException {
        limits.apply();
        AtomicLong rejected = new AtomicLong();
        ServiceMetrics metrics = new ServiceMetrics(policies, rejected, droppedLogLines);
        HttpServer server = HttpServer.create(address, 0);
        server.createContext(DecideHandler.PATH, new DecideHandler(policies, metrics, log));
        server.createContext(PolicyListHandler.PATH, new PolicyListHandler(policies));
        VersionsHandler versions = new VersionsHandler(policies);
        server.createContext(VersionsHandler.VERSIONS, versions);
        server.createContext(VersionsHandler.RELOAD, versions);
        server.createContext("/metrics", new MetricsHandler(metrics.registry()));
        server.createContext("/", exchange -> {
            try (exchange) {
                new JsonExchange(exchange).sendError(404,
                        "no such resource: " + exchange.getRequestURI().getPath(), null);
            }
        });
        ThreadPoolExecutor threads = limits.executor(rejected);
        server.setExecutor(threads);
        server.start();
        return new DecisionServer(server, threads, metrics);
    }

    /** A server of fixed policies, without a decision log, within the default limits. */
    static DecisionServer start(InetSocketAddress address, ActivePolicies policies)
            throws IOException {
        return start(address, policies, ServiceLimits.defaults(), decision -> { }, () -> 0);
    }

    /** Where the server listens (the actual port when 0 was asked for). */
    InetSocketAddress address() {
        return server.getAddress();
    }

    ServiceMetrics metrics() {
        return metrics;
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
