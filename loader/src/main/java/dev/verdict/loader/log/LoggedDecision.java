package dev.verdict.loader.log;

import dev.verdict.runtime.Decision;
import dev.verdict.runtime.PolicyVersion;
import java.time.Instant;
import java.util.Map;

/**
 * One decision to record: the policy's name and version, the request as the caller gave it
 * (nested maps, as parsed from JSON), the decision, when it was decided and how long deciding
 * took, in nanoseconds. The log writes the request later, on its own thread: the caller must not
 * change it after recording it (a request parsed for one decision never is).
 */
public record LoggedDecision(String policy, PolicyVersion version, Map<String, ?> request,
                             Decision decision, Instant time, long latencyNanos) {
}
