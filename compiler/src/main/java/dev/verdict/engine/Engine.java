package dev.verdict.engine;

import java.util.Locale;

/** How a policy's requests are decided: generated Java compiled in memory, or the interpreter. */
public enum Engine {
    COMPILED, INTERPRETED;

    /** The engine named {@code compiled} or {@code interpreted}, as {@code --engine} takes it. */
    public static Engine named(String name) {
        for (Engine engine : values()) {
            if (engine.word().equals(name)) {
                return engine;
            }
        }
        throw new IllegalArgumentException("unknown engine `" + name
                + "`: use `compiled` or `interpreted`");
    }

    /** {@code compiled} or {@code interpreted}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
