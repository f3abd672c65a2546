package dev.verdict.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.diag.Code;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * No path a policy can write reaches a profile outside its project: random walks of {@code ..},
 * {@code .}, folders and symbolic links (one leading out, one leading back in) either read a
 * profile inside, or get a diagnostic; the profile outside is never the one read.
 */
class ProjectTreePathsTest {

    private static final List<String> STEPS = List.of("..", ".", "sub", "out", "back", "");
    private static Path top;
    private static Path project;

    @BeforeContainer
    static void layOut() throws IOException {
        top = Files.createTempDirectory("tree");
        project = Files.createDirectories(top.resolve("project/sub"));
        project = project.getParent();
        Path outside = Files.createDirectories(top.resolve("outside"));
        Files.createDirectories(outside.resolve("sub"));
        for (Path dir : List.of(project, project.resolve("sub"))) {
            Files.writeString(dir.resolve("p.platform"), "platform inside \"In\"\ncurrency USD\n");
        }
        for (Path dir : List.of(top, outside, outside.resolve("sub"))) {
            Files.writeString(dir.resolve("p.platform"),
                    "platform outside \"Out\"\ncurrency USD\n");
        }
        Files.createSymbolicLink(project.resolve("out"), outside);
        Files.createSymbolicLink(project.resolve("sub/back"), project);
        Files.createSymbolicLink(outside.resolve("back"), project);
    }

    @AfterContainer
    static void clean() throws IOException {
        try (Stream<Path> files = Files.walk(top)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Provide
    Arbitrary<String> walks() {
        return Arbitraries.of(STEPS).list().ofMaxSize(6)
                .map(steps -> String.join("/", steps) + "/p.platform");
    }

    @Property(tries = 300)
    void theProfileOutsideIsNeverRead(@ForAll("walks") String path) {
        Compilation compilation = new Compiler(Schemas.aftersale(),
                new CompilerOptions(null, false, ProjectTree.of(project, List.of())))
                .compile("shop.policy", "platform \"" + path + "\"\notherwise manual_review\n",
                        project.resolve("sub"));
        if (compilation.policy() != null && compilation.policy().profile() != null) {
            assertEquals("inside", compilation.policy().profile().id(), path);
        } else {
            assertNotEquals(List.of(), compilation.diagnostics(), path);
            compilation.diagnostics().forEach(d ->
                    assertTrue(d.code() == Code.E0212 || d.code() == Code.E0209, d::toString));
        }
    }
}
