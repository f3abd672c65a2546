package dev.verdict.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyFilesTest {

    @TempDir
    Path root;

    @Test
    void listsPoliciesInSubfoldersSortedAndSkipsProfilesAndHiddenFolders() throws Exception {
        ProjectFolder.write(root, "refunds.policy", "");
        ProjectFolder.write(root, "eu/returns.policy", "");
        ProjectFolder.write(root, "cancellations.policy", "");
        ProjectFolder.write(root, "profiles/market.platform", "");
        ProjectFolder.write(root, ".drafts/draft.policy", "");
        ProjectFolder.write(root, "notes.txt", "");
        List<Path> files = PolicyFiles.under(root);
        assertEquals(List.of(root.resolve("cancellations.policy"),
                root.resolve("eu/returns.policy"), root.resolve("refunds.policy")), files);
    }

    @Test
    void aMissingFolderHasNoPolicies() throws Exception {
        assertEquals(List.of(), PolicyFiles.under(root.resolve("src/main/verdict")));
    }
}
