package dev.verdict.examples.service;

import dev.verdict.runtime.PolicyEvaluator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;

/**
 * Starts the service: {@code java -jar verdict-service.jar [PORT]}. The port is the argument,
 * else the {@code PORT} environment variable, else 8080; the server listens on
 * {@code 127.0.0.1} unless {@code HOST} names another address ({@code HOST=0.0.0.0} for every
 * interface). Logs one line when it is ready.
 */
public final class Main {

    private static final int DEFAULT_PORT = 8080;

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        int port;
        String host = System.getenv().getOrDefault("HOST", "127.0.0.1");
        try {
            port = port(args.length > 0 ? args[0] : System.getenv("PORT"));
        } catch (IllegalArgumentException e) {
            System.err.println("verdict-service: " + e.getMessage());
            System.exit(2);
            return;
        }
        Map<String, PolicyEvaluator> policies = Policies.all();
        DecisionServer server = DecisionServer.start(new InetSocketAddress(host, port), policies);
        InetSocketAddress address = server.address();
        System.out.println("verdict-service listening on http://" + address.getHostString() + ":"
                + address.getPort() + " with policies " + String.join(", ", policies.keySet()));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }

    /** The port to listen on: {@code text} as a number from 0 to 65535, or the default. */
    static int port(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("the port must be a number from 0 to 65535, not `"
                + text + "`");
    }
}
