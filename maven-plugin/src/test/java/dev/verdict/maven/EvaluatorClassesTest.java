package dev.verdict.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.palantir.javapoet.JavaFile;
import dev.verdict.pipeline.Compilation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorClassesTest {

    @TempDir
    Path project;

    private List<Compilation> policies(String... paths) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String path : paths) {
            files.add(ProjectFolder.write(project, path, ProjectPoliciesTest.CLEAN));
        }
        return new ProjectPolicies(project, null, List.of(), false).compile(files);
    }

    @Test
    void theRequestClassThenAnEvaluatorPerPolicyNamedAfterItsFileThenTheRegistry()
            throws Exception {
        List<JavaFile> files = EvaluatorClasses.generate(
                policies("v/cancellations.policy", "v/summer-sale.policy"), "com.example",
                new MavenMessages(project));
        assertEquals(List.of("AftersaleRequest", "AftersaleOutcome", "CancellationsPolicy",
                "AftersaleRequest", "AftersaleOutcome", "SummerSalePolicy", "Evaluators"),
                files.stream().map(f -> f.typeSpec().name()).toList());
        assertEquals("com.example", files.get(2).packageName());
        String registry = files.get(6).toString();
        assertTrue(registry.contains("all.put(\"cancellations\", new CancellationsPolicy());"),
                registry);
        assertTrue(registry.contains("all.put(\"summer-sale\", new SummerSalePolicy());"),
                registry);
    }

    @Test
    void twoPoliciesOfOneClassNameFailNamingBoth() throws Exception {
        List<Compilation> clash = policies("v/eu/returns.policy", "v/us/returns.policy");
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> EvaluatorClasses.generate(clash, "com.example", new MavenMessages(project)));
        assertEquals("policies " + project.resolve("v/eu/returns.policy") + " and "
                + project.resolve("v/us/returns.policy")
                + " would both generate class ReturnsPolicy: rename one of them", e.getMessage());
    }
}
