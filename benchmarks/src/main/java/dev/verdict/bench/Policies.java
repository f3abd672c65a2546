package dev.verdict.bench;

import dev.verdict.diag.Diagnostic;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.loader.PolicyLoad;
import dev.verdict.loader.PolicyLoader;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.source.Schemas;
import java.util.stream.Collectors;

/** Compiles or loads benchmark policies with Verdict's pipeline, refusing any with errors. */
public final class Policies {

    private Policies() {
    }

    /**
     * The checked policy of {@code text} under the bundled schema; {@code analyse} runs the
     * analyses too. Throws, listing the errors, when the text does not compile.
     */
    public static CheckedPolicy compile(String name, String text, boolean analyse) {
        Compiler compiler = new Compiler(Schemas.aftersale(), new CompilerOptions(null, analyse));
        Compilation compilation = compiler.compile(name, text, null);
        if (compilation.policy() == null) {
            throw new IllegalArgumentException(name + " does not compile:\n"
                    + compilation.diagnostics().stream().filter(Diagnostic::isError)
                    .map(Diagnostic::toString).collect(Collectors.joining("\n")));
        }
        return compilation.policy();
    }

    /**
     * {@code text} loaded as a service reloads a policy, through {@link PolicyLoader}. Throws,
     * with the load's report, when it is refused.
     */
    public static PolicyLoad load(String name, String text) {
        PolicyLoad load = PolicyLoader.create().load(name, text, null);
        if (!load.accepted()) {
            throw new IllegalStateException(load.report());
        }
        return load;
    }
}
