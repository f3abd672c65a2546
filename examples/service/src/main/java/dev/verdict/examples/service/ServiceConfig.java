package dev.verdict.examples.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How the service runs, from its argument and environment:
 *
 * <ul>
 * <li>{@code PORT} (or the first argument): the port, 8080 by default;</li>
 * <li>{@code HOST}: the address to listen on, {@code 127.0.0.1} by default;</li>
 * <li>{@code POLICY_DIR}: the directory of policies to load at run time and reload when it
 *     changes; by default {@code src/main/verdict} when the current directory has one, else
 *     none: the service then decides with the classes generated at build time;</li>
 * <li>{@code POLICY_LABEL}: a label for the versions it loads (a release, a commit);</li>
 * <li>{@code DECISION_LOG}: a file to append each decision to, in JSON Lines;</li>
 * <li>{@code DECISION_LOG_MASK}: schema fields, comma-separated, whose values the log masks.</li>
 * </ul>
 */
record ServiceConfig(String host, int port, Path policyDirectory, String label, Path decisionLog,
                     List<String> maskedFields) {

    static final Path DEFAULT_POLICIES = Path.of("src", "main", "verdict");
    private static final int DEFAULT_PORT = 8080;

    /** @throws IllegalArgumentException naming a setting that is not valid */
    static ServiceConfig from(String[] args, Map<String, String> env) {
        int port = port(args.length > 0 ? args[0] : env.get("PORT"));
        String directory = env.get("POLICY_DIR");
        Path policies = directory != null && !directory.isBlank() ? Path.of(directory)
                : Files.isDirectory(DEFAULT_POLICIES) ? DEFAULT_POLICIES : null;
        if (policies != null && !Files.isDirectory(policies)) {
            throw new IllegalArgumentException("POLICY_DIR `" + directory
                    + "` is not a directory");
        }
        String log = env.get("DECISION_LOG");
        String mask = env.getOrDefault("DECISION_LOG_MASK", "");
        return new ServiceConfig(env.getOrDefault("HOST", "127.0.0.1"), port, policies,
                env.get("POLICY_LABEL"), log == null || log.isBlank() ? null : Path.of(log),
                Arrays.stream(mask.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList());
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
