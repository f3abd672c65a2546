package dev.verdict.runtime;

/**
 * Which text of a policy decides: {@code hash}, a content hash of the policy, its platform
 * profile and its schema ({@code sha256:} and 64 hex digits, the same for an evaluator generated
 * at build time and one loaded at run time from the same files), and an optional {@code label}
 * a deployment gives it (a release name, a commit). Immutable; an evaluator holds one, so
 * deciding never computes it.
 */
public record PolicyVersion(String hash, String label) {

    /** The version of an evaluator made without its sources, which therefore has no hash. */
    public static final PolicyVersion UNKNOWN = new PolicyVersion("unknown", null);

    public PolicyVersion {
        if (hash == null || hash.isEmpty()) {
            throw new IllegalArgumentException("a policy version needs a hash");
        }
    }

    /** This version with {@code label} (null: none). */
    public PolicyVersion withLabel(String label) {
        return new PolicyVersion(hash, label);
    }

    /** The hash, then the label in parentheses when there is one. */
    @Override
    public String toString() {
        return label == null ? hash : hash + " (" + label + ")";
    }
}
