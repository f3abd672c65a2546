package dev.verdict.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.verdict.codegen.JavaGenerator;
import dev.verdict.codegen.JavaSources;
import dev.verdict.interp.Interpreter;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.PolicyEvaluator;
import dev.verdict.runtime.RequestValues;
import dev.verdict.testing.RandomPolicies;
import dev.verdict.testing.ReferencePolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InMemoryCompilerTest {

    @Test
    void codeJavacRejectsIsReportedWithItsLine() {
        JavaFile broken = JavaFile.builder("bad", TypeSpec.classBuilder("Broken")
                .addMethod(MethodSpec.methodBuilder("f").addStatement("int x = $S", "text").build())
                .build()).build();
        GeneratedCodeException e = assertThrows(GeneratedCodeException.class,
                () -> InMemoryCompiler.compile(List.of(broken)));
        assertTrue(e.getMessage().startsWith("generated code does not compile (a bug in Verdict):"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Broken.java:5: "), e.getMessage());
        assertTrue(e.getMessage().contains("\n    int x = \"text\";"), e.getMessage());
    }

    @Test
    void twoDifferentClassesOfOneNameAreRefused() {
        JavaFile a = JavaFile.builder("dup", TypeSpec.classBuilder("Same").build()).build();
        JavaFile b = JavaFile.builder("dup", TypeSpec.classBuilder("Same").addModifiers(
                javax.lang.model.element.Modifier.FINAL).build()).build();
        assertThrows(IllegalArgumentException.class, () -> InMemoryCompiler.compile(List.of(a, b)));
    }

    @Test
    void bothEnginesDecideAlike() {
        CheckedPolicy policy = ReferencePolicy.build();
        Evaluator compiled = Engines.create(policy, Engine.COMPILED);
        Evaluator interpreted = Engines.create(policy, Engine.INTERPRETED);
        RandomPolicies generator = new RandomPolicies(new Random(2));
        for (int i = 0; i < 500; i++) {
            RequestValues request = generator.request();
            assertEquals(interpreted.decide(request), compiled.decide(request));
        }
        assertEquals(Engine.COMPILED, Engine.named("compiled"));
        assertThrows(IllegalArgumentException.class, () -> Engine.named("jit"));
    }

    @Test
    void evaluatorsComeInPolicyOrderFromTheChosenEngine() {
        CheckedPolicy policy = ReferencePolicy.build();
        List<String> notices = new ArrayList<>();
        List<Evaluator> compiled = Engines.evaluators(List.of(policy, policy), Engine.COMPILED,
                notices::add);
        assertEquals(2, compiled.size());
        assertTrue(compiled.get(0) instanceof PolicyEvaluator, compiled.get(0).toString());
        List<Evaluator> interpreted = Engines.evaluators(List.of(policy), Engine.INTERPRETED,
                notices::add);
        assertTrue(interpreted.get(0) instanceof Interpreter, interpreted.get(0).toString());
        assertEquals(List.of(), Engines.evaluators(List.of(), Engine.COMPILED, notices::add));
        assertEquals(List.of(), notices, "a JDK compiles without falling back");
    }

    @Test
    void policiesOfOneFileNameCompileTogether() {
        CheckedPolicy policy = ReferencePolicy.build();
        assertEquals(2, Engines.compile(List.of(policy, policy)).size());
    }

    @Test
    void sourcesAreWrittenUnderTheirPackageOnce(@TempDir Path out) throws IOException {
        List<JavaFile> files = new ArrayList<>(new JavaGenerator().generate(ReferencePolicy.build(),
                "com.example"));
        files.addAll(new JavaGenerator().generate(ReferencePolicy.build(), "com.example",
                "OtherPolicy"));
        List<Path> written = JavaSources.write(out, files);
        assertEquals(List.of(out.resolve("com/example/AftersaleRequest.java"),
                out.resolve("com/example/AftersaleOutcome.java"),
                out.resolve("com/example/ReferencePolicy.java"),
                        out.resolve("com/example/OtherPolicy.java")), written);
        assertEquals(files.get(1).toString(), Files.readString(written.get(1),
                StandardCharsets.UTF_8));
    }

    @Test
    void invalidNamesAreRefused() {
        JavaGenerator generator = new JavaGenerator();
        CheckedPolicy policy = ReferencePolicy.build();
        assertThrows(IllegalArgumentException.class, () -> generator.generate(policy, "com.class"));
        assertThrows(IllegalArgumentException.class, () -> generator.generate(policy, "p",
                "not valid"));
        assertThrows(IllegalArgumentException.class, () -> generator.generate(policy, "p",
                "AftersaleRequest"));
    }
}
