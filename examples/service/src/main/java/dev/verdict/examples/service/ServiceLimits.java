package dev.verdict.examples.service;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the service allows its clients, so that slow or idle ones cannot stop it answering:
 *
 * <ul>
 * <li>{@code requestSeconds}: a request, from its first byte to the last byte of its body, must
 *     arrive within this time, or its connection is closed (half a request line, a body that
 *     trickles in);</li>
 * <li>{@code responseSeconds}: a response must be taken by the client within this time;</li>
 * <li>{@code threads}: requests are handled on a fixed pool this large (more than the cores: a
 *     connection holds a thread while its request arrives), with {@code queue} more waiting;
 *     beyond that a new connection is dropped and counted.</li>
 * </ul>
 *
 * The time limits, and TCP_NODELAY on every connection (without it, Nagle's algorithm and the
 * client's delayed ACK stall each keep-alive response by about 40 ms), are settings of the JDK's
 * HTTP server that it reads once, when the first server of the JVM is created. {@link #apply()}
 * sets them before then, unless they were given on the command line ({@code -D}).
 */
record ServiceLimits(int requestSeconds, int responseSeconds, int threads, int queue) {

    /** The service's limits: 10 s, 10 s, 4 threads a core (at least 16), 1,000 waiting. */
    static ServiceLimits defaults() {
        int threads = Math.max(16, 4 * Runtime.getRuntime().availableProcessors());
        return new ServiceLimits(10, 10, threads, 1000);
    }

    /** Sets the JDK server's time limits and TCP_NODELAY, where not set already. */
    void apply() {
        setDefault("sun.net.httpserver.maxReqTime", Integer.toString(requestSeconds));
        setDefault("sun.net.httpserver.maxRspTime", Integer.toString(responseSeconds));
        setDefault("sun.net.httpserver.nodelay", "true");
    }

    /** The bounded pool that handles requests; {@code rejected} counts connections dropped. */
    ThreadPoolExecutor executor(AtomicLong rejected) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queue), runnable -> {
                    Thread thread = new Thread(runnable, "verdict-http");
                    thread.setDaemon(true);
                    return thread;
                }, (task, executor) -> rejected.incrementAndGet());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static void setDefault(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
