package dev.verdict.examples.service;

import dev.verdict.loader.PolicyHolder;
import dev.verdict.loader.PolicySet;
import dev.verdict.loader.Reload;

/**
 * The policies the service decides with: loaded from a directory and reloaded when it changes
 * (a {@link PolicyHolder}), or the evaluators generated at build time, fixed.
 */
final class ActivePolicies {

    private final PolicyHolder holder;
    private final PolicySet fixed;
    private volatile Reload last;

    private ActivePolicies(PolicyHolder holder, PolicySet fixed) {
        this.holder = holder;
        this.fixed = fixed;
        if (holder != null) {
            holder.onReload(reload -> last = reload);
        }
    }

    static ActivePolicies reloading(PolicyHolder holder) {
        return new ActivePolicies(holder, null);
    }

    static ActivePolicies fixed(PolicySet policies) {
        return new ActivePolicies(null, policies);
    }

    /** The set deciding now: take it once per request. */
    PolicySet current() {
        return holder == null ? fixed : holder.current();
    }

    /** The holder, or null when the policies are the build-time classes. */
    PolicyHolder holder() {
        return holder;
    }

    /** The last reload, or null when there was none. */
    Reload lastReload() {
        return last;
    }
}
