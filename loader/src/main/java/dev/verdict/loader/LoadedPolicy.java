package dev.verdict.loader;

import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.PolicyEvaluator;
import dev.verdict.runtime.PolicyVersion;
import dev.verdict.runtime.RequestReader;
import dev.verdict.runtime.RequestValues;

/**
 * One policy loaded at run time: its name, its {@link PolicyVersion version}, how it decides,
 * and the evaluator itself. It has the {@code decide} API of the generated classes. Immutable and
 * thread-safe; deciding allocates nothing beyond what the evaluator does (nothing, for typed
 * values). This class uses only the runtime module, so deciding never reaches the compiler.
 */
public final class LoadedPolicy implements PolicyEvaluator {

    private final String name;
    private final PolicyVersion version;
    private final boolean compiled;
    private final Evaluator evaluator;
    private final RequestReader reader;

    /**
     * @param compiled true for bytecode compiled in memory, false for the interpreter
     * @param reader how the policy reads map-shaped requests
     */
    public LoadedPolicy(String name, PolicyVersion version, boolean compiled, Evaluator evaluator,
                        RequestReader reader) {
        this.name = name;
        this.version = version;
        this.compiled = compiled;
        this.evaluator = evaluator;
        this.reader = reader;
    }

    /** An evaluator generated at build time, under {@code name}, with its own version. */
    public static LoadedPolicy generated(String name, PolicyEvaluator evaluator) {
        return new LoadedPolicy(name, evaluator.version(), true, evaluator,
                evaluator.requestReader());
    }

    /** The name the policy is asked for by: its file's path in the directory, without extension. */
    public String name() {
        return name;
    }

    @Override
    public PolicyVersion version() {
        return version;
    }

    /** True when it decides with bytecode, false when it is interpreted. */
    public boolean compiled() {
        return compiled;
    }

    @Override
    public Decision decide(RequestValues request) {
        return evaluator.decide(request);
    }

    @Override
    public RequestReader requestReader() {
        return reader;
    }

    @Override
    public String toString() {
        return name + " " + version + (compiled ? "" : " (interpreted)");
    }
}
