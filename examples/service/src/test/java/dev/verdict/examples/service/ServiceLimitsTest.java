package dev.verdict.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service survives its clients: slow ones are cut off by the time limits rather than
 * holding every thread; keep-alive requests do not stall on Nagle's algorithm; HEAD and
 * Content-Type are answered as HTTP says.
 */
class ServiceLimitsTest {

    private static DecisionServer server;
    private static HttpClient client;
    private static URI base;

    @BeforeAll
    static void start() throws IOException {
        server = DecisionServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                ActivePolicies.fixed(Policies.generated()));
        base = URI.create("http://127.0.0.1:" + server.address().getPort());
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /**
     * More slow clients than the pool has threads: half a request line each, or a body that
     * trickles in after {@code Content-Length: 100000}. A normal client still gets its answer
     * (once the request time limit has closed the slow connections), and every slow connection
     * is closed by the server.
     */
    @Test
    void slowClientsAreCutOffAndANormalClientIsAnswered() {
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            int slow = ServiceLimits.defaults().threads() + 4;
            List<Socket> sockets = new ArrayList<>();
            for (int i = 0; i < slow; i++) {
                sockets.add(slowClient(i % 2 == 0));
            }
            Thread trickle = new Thread(() -> trickle(sockets));
            trickle.setDaemon(true);
            trickle.start();

            HttpResponse<String> answer = send(HttpRequest.newBuilder(base.resolve("/policies"))
                    .timeout(Duration.ofSeconds(60)));
            assertEquals(200, answer.statusCode());
            for (int i = 0; i < 20; i++) {
                assertEquals(200, send(HttpRequest.newBuilder(base.resolve("/policies")))
                        .statusCode());
            }
            for (Socket socket : sockets) {
                socket.setSoTimeout(60_000);
                assertClosedByServer(socket);
            }
        });
    }

    /**
     * 200 requests, one after another, on one keep-alive connection of
     * {@link HttpURLConnection} (which, unlike the JDK's newer client, shows the stall): well
     * under the 40 ms each that Nagle's algorithm and a delayed ACK would add (8 s in all).
     */
    @Test
    void sequentialKeepAliveRequestsDoNotStall() throws Exception {
        byte[] body = Scenarios.refund("refund_only", "98", "8", 0, "0")
                .getBytes(StandardCharsets.UTF_8);
        URL url = base.resolve("/decide/refunds").toURL();
        postKeepAlive(url, body);
        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            assertEquals(200, postKeepAlive(url, body));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "200 requests took " + took);
    }

    /** Posts {@code body}, reading the whole response so that the connection is reused. */
    private static int postKeepAlive(URL url, byte[] body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }
        try (InputStream in = connection.getInputStream()) {
            in.readAllBytes();
        }
        return connection.getResponseCode();
    }

    @Test
    void headIsAnsweredAsGetWithoutABody() throws Exception {
        for (String path : List.of("/policies", "/versions")) {
            HttpResponse<String> get = send(HttpRequest.newBuilder(base.resolve(path)));
            HttpResponse<String> head = send(HttpRequest.newBuilder(base.resolve(path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, head.statusCode(), path);
            assertEquals("", head.body(), path);
            assertEquals(get.headers().firstValue("Content-Type"),
                    head.headers().firstValue("Content-Type"), path);
        }
    }

    @Test
    void aBodyThatSaysItIsNotJsonIs415() throws Exception {
        String body = Scenarios.refund("refund_only", "98", "8", 0, "0");
        HttpResponse<String> text = send(post(body).header("Content-Type", "text/plain"));
        assertEquals(415, text.statusCode());
        assertEquals("{\"error\":{\"message\":\"the body's Content-Type is `text/plain`, not "
                + "JSON: send `application/json`\",\"field\":null}}", text.body());
        assertEquals(415, send(post(body).header("Content-Type",
                "application/x-www-form-urlencoded")).statusCode());
        assertEquals(200, send(post(body).header("Content-Type",
                "application/json; charset=utf-8")).statusCode());
        assertEquals(200, send(post(body).header("Content-Type",
                "application/vnd.shop+json")).statusCode());
    }

    private static HttpRequest.Builder post(String body) {
        return HttpRequest.newBuilder(base.resolve("/decide/refunds"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.build();
        if (built.timeout().isEmpty()) {
            built = request.timeout(Duration.ofSeconds(30)).build();
        }
        return client.send(built, HttpResponse.BodyHandlers.ofString());
    }

    private static Socket slowClient(boolean halfLine) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort());
        String start = halfLine ? "GET /policies HT"
                : "POST /decide/refunds HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                        + "\r\nContent-Length: 100000\r\n\r\n{";
        socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** One more byte of body every half second to each body client, until they are closed. */
    private static void trickle(List<Socket> sockets) {
        List<Socket> open = new ArrayList<>(sockets.subList(0, sockets.size()));
        open.removeIf(s -> sockets.indexOf(s) % 2 == 0);
        while (!open.isEmpty()) {
            open.removeIf(socket -> {
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write(' ');
                    out.flush();
                    return false;
                } catch (IOException e) {
                    return true;
                }
            });
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The server closed the connection: end of stream, a reset, or an error response. */
    private static void assertClosedByServer(Socket socket) throws IOException {
        try (socket; InputStream in = socket.getInputStream()) {
            while (in.read() != -1) {
                // an error response, if any, then the end
            }
        } catch (java.net.SocketException reset) {
            // closed by the server with a reset: also closed
        }
    }
}
