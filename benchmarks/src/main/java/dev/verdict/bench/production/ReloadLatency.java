package dev.verdict.bench.production;

import dev.verdict.bench.synthetic.SyntheticPolicy;
import dev.verdict.loader.DirectoryWatcher;
import dev.verdict.loader.PolicyHolder;
import dev.verdict.loader.PolicyLoader;
import dev.verdict.loader.Reload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A timed harness (not JMH: one reload is one long event) for the latency from a policy file
 * changing on disk to the new version deciding: a {@link DirectoryWatcher} with a debounce sees
 * the change and a {@link PolicyHolder} reloads (check, analysis, tests, javac in memory). For
 * the 14-rule reference policy and a synthetic policy of 1,000 rules. Each change appends a
 * comment, which changes the version; the clock stops when {@code current()} has the new one.
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.verdict.bench.production.ReloadLatency \
 *     [CHANGES [RULES...]]
 * </pre>
 * CHANGES (default 10; half as many, at least 3, above 100 rules) per size; sizes 14 (the
 * reference policy) and 1000 unless given.
 */
public final class ReloadLatency {

    private static final Duration DEBOUNCE = Duration.ofMillis(100);

    private ReloadLatency() {
    }

    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<Integer> sizes = args.length > 1
                ? Arrays.stream(args, 1, args.length).map(Integer::valueOf).toList()
                : List.of(14, 1000);
        System.out.println("| rules | changes | file change to new version deciding: median "
                + "(min - max) | of which loading: median | debounce |");
        System.out.println("|---:|---:|---|---|---|");
        for (int rules : sizes) {
            if (rules == 14) {
                measure(14, reference(), changes);
            } else {
                measure(rules, SyntheticPolicy.generate(rules, 1).text(),
                        rules > 100 ? Math.max(3, changes / 2) : changes);
            }
        }
    }

    private static void measure(int rules, String text, int changes) throws Exception {
        Path dir = Files.createTempDirectory("verdict-reload");
        Path file = Files.writeString(dir.resolve("policy.policy"), text);
        PolicyHolder holder = PolicyHolder.open(PolicyLoader.create(), dir);
        LinkedBlockingQueue<Reload> reloads = new LinkedBlockingQueue<>();
        holder.onReload(reloads::add);
        List<Long> latencies = new ArrayList<>();
        List<Long> loading = new ArrayList<>();
        try (DirectoryWatcher watcher = DirectoryWatcher.reloading(holder, dir, DEBOUNCE)) {
            for (int i = 0; i <= changes; i++) {
                String before = holder.current().policy("policy").version().hash();
                long start = System.nanoTime();
                Files.writeString(file, text + "# change " + i + "\n");
                while (holder.current().policy("policy").version().hash().equals(before)) {
                    Thread.sleep(1);
                }
                long latency = System.nanoTime() - start;
                Reload reload = reloads.poll(60, TimeUnit.SECONDS);
                if (i > 0) {
                    latencies.add(latency);
                    loading.add(reload.took().toNanos());
                }
                reloads.clear();
                Thread.sleep(DEBOUNCE.toMillis() * 3);
            }
        }
        Collections.sort(latencies);
        Collections.sort(loading);
        System.out.printf("| %d | %d | %s (%s - %s) | %s | %d ms |%n", rules, changes,
                ms(median(latencies)), ms(latencies.get(0)),
                ms(latencies.get(latencies.size() - 1)), ms(median(loading)),
                DEBOUNCE.toMillis());
    }

    private static long median(List<Long> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    private static String ms(long nanos) {
        return String.format("%.0f ms", nanos / 1e6);
    }

    private static String reference() throws IOException {
        try (InputStream in = ReloadLatency.class.getResourceAsStream(
                "/dev/verdict/bench/reference.policy")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
