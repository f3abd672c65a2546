package dev.verdict.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.palantir.javapoet.JavaFile;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.source.Schemas;
import dev.verdict.testing.RandomPolicies;
import dev.verdict.testing.ReferencePolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java generated for a small policy, compared with golden files kept beside it. After an
 * intended change, regenerate them with {@code -Dverdict.golden.update=true} and review the diff.
 */
class GoldenSourceTest {

    private static final Path GOLDEN = Path.of("src/test/resources/dev/verdict/codegen/golden");

    @Test
    void generatedSourcesMatchTheGoldenFiles() throws IOException {
        Compilation compilation = new Compiler(Schemas.aftersale(), new CompilerOptions(null, true))
                .compile("returns.policy", Files.readString(GOLDEN.resolve("returns.policy")),
                        GOLDEN);
        CheckedPolicy policy = compilation.policy();
        assertNotNull(policy, () -> "errors: " + compilation.diagnostics());
        List<JavaFile> files = new JavaGenerator().generate(policy, "com.example.returns");
        for (JavaFile file : files) {
            Path golden = GOLDEN.resolve(file.typeSpec().name() + ".java.txt");
            String source = file.toString();
            if (Boolean.getBoolean("verdict.golden.update")) {
                Files.writeString(golden, source, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), source,
                    () -> golden + " differs: rerun with -Dverdict.golden.update=true if intended");
        }
    }

    @Test
    void theSameInputGivesByteIdenticalOutput() {
        CheckedPolicy reference = ReferencePolicy.build();
        CheckedPolicy random = new RandomPolicies(new java.util.Random(7)).policy("r.policy", 40);
        for (CheckedPolicy policy : List.of(reference, random, SyntheticPolicy.build(300, 3))) {
            List<String> first = new JavaGenerator().generate(policy,
                    "p").stream().map(JavaFile::toString).toList();
            List<String> second = new JavaGenerator().generate(policy,
                    "p").stream().map(JavaFile::toString).toList();
            assertEquals(first, second);
        }
    }
}
