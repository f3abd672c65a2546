package dev.verdict.loader;

/** The first load of a {@link PolicyHolder} was refused: there is nothing to decide with. */
public final class PolicyLoadException extends Exception {

    private final transient PolicyLoad load;

    public PolicyLoadException(PolicyLoad load) {
        super("the policies cannot be loaded:\n" + load.report().stripTrailing());
        this.load = load;
    }

    /** What the load found. */
    public PolicyLoad load() {
        return load;
    }
}
