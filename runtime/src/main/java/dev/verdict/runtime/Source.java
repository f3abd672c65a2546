package dev.verdict.runtime;

import java.util.Locale;

/**
 * Where a decision came from: a platform guard, a policy rule or {@code otherwise}, or the
 * fallback.
 */
public enum Source {
    PLATFORM, POLICY, DEFAULT;

    /** {@code platform}, {@code policy} or {@code default}, as JSON decisions print it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
