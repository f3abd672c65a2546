package dev.verdict.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service started on a copy of {@code src/main/verdict}, with a decision log, while eight
 * clients post refunds: the policy file is edited (the new version takes over without a
 * restart), then broken (refused: the edited version keeps deciding). Every response is a
 * decision of the version its header names; {@code /versions} and {@code /metrics} say what
 * happened, and the decision log holds each decision with its version.
 */
class ReloadDuringLoadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 8;

    @TempDir
    Path dir;

    @Test
    void editedThenBrokenPolicyReloadsWhileClientsDecide() {
        assertTimeoutPreemptively(Duration.ofMinutes(4), this::reloadWhileDeciding);
    }

    private void reloadWhileDeciding() throws Exception {
        Path policies = dir.resolve("verdict");
        copy(Path.of("src/main/verdict"), policies);
        Path log = dir.resolve("decisions.jsonl");
        ServiceConfig config = new ServiceConfig("127.0.0.1", 0, policies, "test", log,
                List.of("buyer.refund_total_30d"));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (Service service = Main.start(config, new PrintStream(console, true,
                StandardCharsets.UTF_8))) {
            URI base = URI.create("http://127.0.0.1:" + service.address().getPort());
            HttpClient client = HttpClient.newHttpClient();
            String original = version(client, base);

            Map<String, String> tagByVersion = new ConcurrentHashMap<>();
            tagByVersion.put(original, "velocity");
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            AtomicLong decided = new AtomicLong();
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> clients = Stream.generate(() -> new Thread(() ->
                    post(client, base, running, tagByVersion, decided, problems)))
                    .limit(CLIENTS).toList();
            clients.forEach(Thread::start);

            Path refunds = policies.resolve("refunds.policy");
            String text = Files.readString(refunds);
            Files.writeString(refunds, text.replace("tag(\"velocity\")", "tag(\"velocity-2\")"));
            String edited = awaitNewVersion(client, base, original);
            tagByVersion.put(edited, "velocity-2");
            long before = decided.get();
            Files.writeString(refunds, text.replace("buyer.refunds_30d >= 2",
                    "buyer.refunds_31d >= 2"));
            JsonNode refused = awaitRefusal(client, base);
            awaitMore(decided, before + 100);
            running.set(false);
            for (Thread thread : clients) {
                thread.join();
            }

            assertEquals(List.of(), List.copyOf(problems));
            assertEquals(edited, refused.at("/policies/refunds/version").asText());
            assertTrue(refused.at("/lastReload/report").asText()
                    .contains("unknown field `buyer.refunds_31d`"), refused.toString());
            String metrics = get(client, base, "/metrics").body();
            assertTrue(metrics.contains("verdict_reloads_total{result=\"accepted\"} 1"), metrics);
            assertTrue(metrics.contains("verdict_reloads_total{result=\"refused\"} 1"), metrics);
            assertTrue(metrics.contains("verdict_decisions_total{outcome=\"manual_review\","
                    + "policy=\"refunds\"}"), metrics);
            assertTrue(metrics.contains("verdict_decision_latency_seconds{policy=\"refunds\","
                    + "quantile=\"0.99\"}"), metrics);
            assertTrue(console.toString(StandardCharsets.UTF_8)
                    .contains("kept the running policies"), console.toString());
        }
        List<String> lines = Files.readAllLines(log);
        assertTrue(lines.size() >= 100, lines.size() + " lines");
        JsonNode line = JSON.readTree(lines.get(lines.size() - 1));
        assertEquals("refunds", line.get("policy").asText());
        assertEquals("test", line.get("label").asText());
        assertEquals("***", line.at("/request/buyer/refund_total_30d").asText());
        assertEquals("manual_review", line.at("/decision/outcome").asText());
    }

    private static void post(HttpClient client, URI base, AtomicBoolean running,
                             Map<String, String> tagByVersion, AtomicLong decided,
                             ConcurrentLinkedQueue<String> problems) {
        String body = Scenarios.refund("refund_only", "98", "8", 2, "196");
        try {
            while (running.get()) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        base.resolve("/decide/refunds"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                String version = response.headers().firstValue(DecideHandler.VERSION_HEADER)
                        .orElse("").split(" ")[0];
                String tag = JSON.readTree(response.body()).at("/obligations/0/args/0").asText();
                String expected = tagByVersion.get(version);
                if (response.statusCode() != 200 || (expected != null && !expected.equals(tag))) {
                    problems.add(response.statusCode() + " " + version + " " + response.body());
                }
                decided.incrementAndGet();
            }
        } catch (IOException | InterruptedException e) {
            problems.add("request failed: " + e);
        }
    }

    private static String version(HttpClient client, URI base) throws Exception {
        return JSON.readTree(get(client, base, "/versions").body())
                .at("/policies/refunds/version").asText();
    }

    private static String awaitNewVersion(HttpClient client, URI base, String old)
            throws Exception {
        while (true) {
            String version = version(client, base);
            if (!version.equals(old)) {
                return version;
            }
            Thread.sleep(50);
        }
    }

    private static JsonNode awaitRefusal(HttpClient client, URI base) throws Exception {
        while (true) {
            JsonNode versions = JSON.readTree(get(client, base, "/versions").body());
            if (versions.at("/lastReload/accepted").asText().equals("false")) {
                return versions;
            }
            Thread.sleep(50);
        }
    }

    private static void awaitMore(AtomicLong decided, long count) throws InterruptedException {
        while (decided.get() < count) {
            Thread.sleep(20);
        }
    }

    private static HttpResponse<String> get(HttpClient client, URI base, String path)
            throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
