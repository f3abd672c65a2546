package dev.verdict.loader;
import dev.verdict.source.Schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import dev.verdict.codegen.JavaGenerator;
import dev.verdict.engine.InMemoryCompiler;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.pipeline.PolicyHash;
import dev.verdict.runtime.PolicyEvaluator;
import dev.verdict.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class generated at build time (as {@code verdict compile} and the Maven plugin make it) and
 * a policy loaded at run time from the same files report the same version.
 */
class VersionAgreementTest {

    @TempDir
    Path build;
    @TempDir
    Path deploy;

    @Test
    void buildTimeAndRunTimeEvaluatorsOfOneTextAgree() throws Exception {
        String profile = """
                platform market "A market"
                currency USD
                default return_window = 30d
                """;
        String policy = Policies.sizes(80).replace("platform tiktok_us",
                "platform \"rules/market.platform\"");
        Path file = Policies.write(build, "src/sizes.policy", policy);
        Policies.write(build, "src/rules/market.platform", profile);
        Compilation compilation = new Compiler(Schemas.aftersale(),
                new CompilerOptions(null, true)).compile(file);
        List<JavaFile> sources = new JavaGenerator().generate(compilation.policy(),
                PolicyHash.of(compilation), "com.example", "SizesPolicy");
        InMemoryCompiler.CompiledClasses classes = InMemoryCompiler.compile(sources);
        PolicyEvaluator generated = (PolicyEvaluator) classes.evaluator("com.example.SizesPolicy");
        Object constant = classes.type("com.example.SizesPolicy").getField("VERSION_HASH")
                .get(null);

        Policies.write(deploy, "sizes.policy", policy);
        Policies.write(deploy, "rules/market.platform", profile);
        LoadedPolicy loaded = PolicyLoader.create().withLabel("deployed").load(deploy)
                .policies().policy("sizes");

        assertEquals(generated.version().hash(), loaded.version().hash());
        assertEquals(constant, loaded.version().hash());
        assertEquals("deployed", loaded.version().label());
    }
}
