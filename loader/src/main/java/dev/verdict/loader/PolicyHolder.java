package dev.verdict.loader;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Holds the policies that decide, and swaps in new ones atomically: a reload that has an error
 * or a failing test is refused, and the old policies keep deciding. A caller takes the
 * {@link #current()} set once per request and decides with it: the set is immutable, so a
 * decision never sees a half-loaded policy, nor policies of two loads. Reloads run one at a
 * time; deciding never waits for one. Thread-safe.
 */
public final class PolicyHolder {

    private final Supplier<PolicyLoad> source;
    private final List<Consumer<Reload>> listeners = new CopyOnWriteArrayList<>();
    private volatile PolicySet current;

    private PolicyHolder(Supplier<PolicyLoad> source, PolicySet first) {
        this.source = source;
        this.current = first;
    }

    /**
     * A holder of what {@code source} loads, loading it now.
     *
     * @throws PolicyLoadException when this first load is refused
     */
    public static PolicyHolder open(Supplier<PolicyLoad> source) throws PolicyLoadException {
        PolicyLoad first = source.get();
        if (!first.accepted()) {
            throw new PolicyLoadException(first);
        }
        return new PolicyHolder(source, first.policies().numbered(1));
    }

    /** A holder of the policy file, or directory of policies, at {@code path}. */
    public static PolicyHolder open(PolicyLoader loader, Path path) throws PolicyLoadException {
        return open(() -> loader.load(path));
    }

    /** The policies deciding now. */
    public PolicySet current() {
        return current;
    }

    /** Calls {@code listener} after every reload, accepted or refused, on the reloading thread. */
    public void onReload(Consumer<Reload> listener) {
        listeners.add(listener);
    }

    /** Loads again; swaps the new policies in when the load is accepted. */
    public Reload reload() {
        Reload reload;
        synchronized (this) {
            long start = System.nanoTime();
            PolicyLoad load = source.get();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (load.accepted()) {
                current = load.policies().numbered(current.generation() + 1);
            }
            reload = new Reload(load.accepted(), load, current, took);
        }
        listeners.forEach(listener -> listener.accept(reload));
        return reload;
    }
}
