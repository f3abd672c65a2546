package dev.verdict.loader;

import dev.verdict.runtime.PolicyVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The policies of one load, by name: what a {@link PolicyHolder} swaps in as a whole, so that
 * every decision sees one load, never a mix of two. Immutable and thread-safe.
 *
 * @param generation counts loads from 1 in a holder (0 outside one)
 * @param loadedAt when the load finished
 */
public record PolicySet(Map<String, LoadedPolicy> policies, long generation, Instant loadedAt) {

    public PolicySet {
        policies = Collections.unmodifiableMap(new TreeMap<>(policies));
    }

    /** The policies, keyed by their names. */
    public static PolicySet of(List<LoadedPolicy> policies, long generation, Instant loadedAt) {
        Map<String, LoadedPolicy> byName = new TreeMap<>();
        for (LoadedPolicy policy : policies) {
            if (byName.putIfAbsent(policy.name(), policy) != null) {
                throw new IllegalArgumentException("two policies named `" + policy.name() + "`");
            }
        }
        return new PolicySet(byName, generation, loadedAt);
    }

    /** The policy named {@code name}, or null when this set has none of that name. */
    public LoadedPolicy policy(String name) {
        return policies.get(name);
    }

    /** The names, sorted. */
    public List<String> names() {
        return new ArrayList<>(policies.keySet());
    }

    /** Each policy's version, by name. */
    public Map<String, PolicyVersion> versions() {
        Map<String, PolicyVersion> versions = new TreeMap<>();
        policies.forEach((name, policy) -> versions.put(name, policy.version()));
        return Collections.unmodifiableMap(versions);
    }

    /** This set numbered {@code generation}. */
    PolicySet numbered(long number) {
        return new PolicySet(policies, number, loadedAt);
    }
}
