package dev.verdict.spark;

import dev.verdict.diag.render.HumanRenderer;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.pipeline.PolicyHash;
import dev.verdict.source.Schemas;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A policy file checked on the driver, as {@code verdict} checks it (the bundled schema, the
 * profile the policy names), with its content hash, the version its decisions carry.
 *
 * @param compilation a compilation without errors
 */
public record CompiledPolicy(Compilation compilation, String hash) {

    /**
     * Checks the policy in {@code file}, named in reports as {@code file} is written.
     *
     * @throws VerdictSparkException when it cannot be read or has errors (listed as
     *     {@code verdict check} lists them)
     */
    public static CompiledPolicy of(Path file) {
        Compilation compilation;
        try {
            compilation = new Compiler(Schemas.aftersale(), new CompilerOptions(null, true))
                    .compile(file);
        } catch (IOException e) {
            throw new VerdictSparkException("cannot read policy " + file + ": " + e.getMessage());
        }
        if (compilation.hasErrors()) {
            throw VerdictSparkException.policyErrors("policy " + file + " has errors:\n"
                    + HumanRenderer.errorText(compilation.diagnostics(),
                            compilation.sources()));
        }
        return new CompiledPolicy(compilation, PolicyHash.of(compilation));
    }

    public CheckedPolicy policy() {
        return compilation.policy();
    }
}
