package dev.verdict.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.diag.Code;
import dev.verdict.pipeline.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectPoliciesTest {

    static final String CLEAN = """
            policy "Cancellations"
            platform tiktok_us

            rule small: when request = cancel and amount < 50 then approve_cancel
            otherwise manual_review
            """;

    static final String PROFILE = """
            platform strict "Strict"
            currency USD

            default return_window = 30d
            limit return_window <= 7d where category = jewelry
            """;

    @TempDir
    Path project;

    @Test
    void namesFilesRelativeToTheProjectWithSlashes() throws Exception {
        ProjectPolicies policies = new ProjectPolicies(project, null, List.of(), true);
        Path file = ProjectFolder.write(project, "src/main/verdict/cancellations.policy", CLEAN);
        Compilation compilation = policies.compile(List.of(file)).get(0);
        assertFalse(compilation.hasErrors(), compilation.diagnostics().toString());
        assertEquals("src/main/verdict/cancellations.policy", compilation.policy().file());
        assertEquals("../shared/x.policy",
                policies.displayPath(project.resolveSibling("shared/x.policy")));
    }

    @Test
    void readsAProfileBesideThePolicyWhereverMavenRuns() throws Exception {
        ProjectFolder.write(project, "src/main/verdict/profiles/strict.platform", PROFILE);
        Path file = ProjectFolder.write(project, "src/main/verdict/jewelry.policy", """
                policy "Jewelry"
                platform "profiles/strict.platform"

                set return_window = 10d where category = jewelry
                otherwise manual_review
                """);
        Compilation compilation =
                new ProjectPolicies(project, null, List.of(), true).compile(List.of(file)).get(0);
        assertNull(compilation.policy());
        assertEquals(List.of(Code.E0301), compilation.diagnostics().stream()
                .filter(d -> d.isError()).map(d -> d.code()).toList());
        assertEquals("src/main/verdict/profiles/strict.platform",
                compilation.sources().keySet().stream().filter(s -> s.endsWith("platform"))
                        .findFirst().orElseThrow());
    }

    @Test
    void theDefaultPlatformIsABundledNameOrAPathFromTheProject() throws Exception {
        assertEquals("tiktok_us", ProjectPolicies.defaultPlatform(project, " tiktok_us "));
        assertEquals(project.resolve("profiles/strict.platform").toString(),
                ProjectPolicies.defaultPlatform(project, "profiles/strict.platform"));
        assertNull(ProjectPolicies.defaultPlatform(project, null));
        assertNull(ProjectPolicies.defaultPlatform(project, " "));

        ProjectFolder.write(project, "profiles/strict.platform", PROFILE);
        Path file = ProjectFolder.write(project, "src/main/verdict/plain.policy", """
                policy "Plain"
                otherwise manual_review
                """);
        Compilation compilation =
                new ProjectPolicies(project, "profiles/strict.platform", List.of(), true)
                        .compile(List.of(file)).get(0);
        assertEquals("strict", compilation.policy().profile().id());
    }

    @Test
    void aFileThatIsNotUtf8IsNamed() throws Exception {
        Path file = project.resolve("latin1.policy");
        Files.write(file, new byte[] {'#', ' ', (byte) 0xE9, '\n'});
        IOException e = assertThrows(IOException.class,
                () -> new ProjectPolicies(project, null, List.of(), true).compile(List.of(file)));
        assertTrue(e.getMessage().startsWith("cannot read " + file + ": it is not UTF-8 text"),
                e.getMessage());
    }

    @Test
    void aProfileOutsideTheProjectNeedsAllowedPaths(@TempDir Path elsewhere) throws Exception {
        ProjectFolder.write(elsewhere, "strict.platform", PROFILE);
        String outside = elsewhere.resolve("strict.platform").toString();
        Path file = ProjectFolder.write(project, "src/main/verdict/jewelry.policy",
                "platform \"" + outside + "\"\notherwise manual_review\n");
        Compilation refused =
                new ProjectPolicies(project, null, List.of(), true).compile(List.of(file)).get(0);
        assertEquals(List.of(Code.E0212), refused.diagnostics().stream()
                .filter(d -> d.isError()).map(d -> d.code()).toList());
        assertTrue(refused.diagnostics().get(0).help().contains("allowedPaths"));
        Compilation allowed = new ProjectPolicies(project, null, List.of(elsewhere), true)
                .compile(List.of(file)).get(0);
        assertEquals("strict", allowed.policy().profile().id());
    }
}
