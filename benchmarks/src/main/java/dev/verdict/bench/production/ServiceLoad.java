package dev.verdict.bench.production;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A load test of the example service: the service runs in its own JVM (the build-time
 * evaluators, default limits); 1 and then 64 keep-alive clients post a refund request to
 * {@code /decide/refunds} as fast as answers come, for a warm-up and then a measured interval.
 * Prints requests per second and the median and 99th-percentile latency of the measured
 * requests. Clients and server share the machine.
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.verdict.bench.production.ServiceLoad [SECONDS]
 * </pre>
 */
public final class ServiceLoad {

    private static final String REQUEST = """
            {"request": "refund_only", "reason": "damaged", "amount": "98.00",
             "return_shipping_fee": "8.00", "category": "home_supplies",
             "buyer": {"refunds_30d": 0, "refund_total_30d": "0"}}""";
    private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)");

    private ServiceLoad() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Process service = startService();
        try {
            int port = port(service);
            System.out.println("| clients | requests/s | p50 | p99 |");
            System.out.println("|---:|---:|---:|---:|");
            for (int clients : new int[] {1, 64}) {
                run(port, clients, 3);
                long[] result = run(port, clients, seconds);
                Arrays.sort(result);
                System.out.printf("| %d | %.0f | %s | %s |%n", clients,
                        result.length / (double) seconds, micros(result, 0.50),
                        micros(result, 0.99));
            }
        } finally {
            service.destroy();
        }
    }

    /** The latencies of every request answered in {@code seconds}, in nanoseconds. */
    private static long[] run(int port, int clients, int seconds) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int[] counts = new int[clients];
        for (int c = 0; c < clients; c++) {
            long[] latencies = new long[2_000_000 / clients + 1000];
            perClient.add(latencies);
            int index = c;
            threads.add(new Thread(() -> {
                try (KeepAliveClient client = new KeepAliveClient(port, "/decide/refunds",
                        REQUEST)) {
                    while (running.get() && counts[index] < latencies.length) {
                        long start = System.nanoTime();
                        if (client.exchange() != 200) {
                            throw new IllegalStateException("the service did not decide");
                        }
                        latencies[counts[index]++] = System.nanoTime() - start;
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        threads.forEach(Thread::start);
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        return all;
    }

    private static Process startService() throws IOException {
        Path empty = Files.createTempDirectory("verdict-service");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = Arrays.stream(System.getProperty("java.class.path")
                        .split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
        ProcessBuilder builder = new ProcessBuilder(java, "-Xms256m", "-Xmx256m", "-cp",
                classPath, "dev.verdict.examples.service.Main", "0")
                .directory(empty.toFile()).redirectErrorStream(true);
        builder.environment().remove("POLICY_DIR");
        return builder.start();
    }

    private static int port(Process service) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(service.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
        }
        throw new IllegalStateException("the service did not start");
    }

    private static String micros(long[] sorted, double quantile) {
        long nanos = sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))];
        return String.format("%.0f µs", nanos / 1e3);
    }
}
