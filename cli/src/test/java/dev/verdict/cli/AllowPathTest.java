package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy's profile path must lead inside the path given on the command line (a file's
 * folder), or a folder given with {@code --allow-path}; every command that compiles agrees.
 */
class AllowPathTest {

    private static final String PROFILE = "platform market \"Market\"\ncurrency USD\n";
    private static final String POLICY = "platform \"../profiles/market.platform\"\n"
            + "when request = cancel and amount < 50 then approve_cancel\n"
            + "otherwise manual_review\n";

    @TempDir
    Path dir;

    private Path policy;

    @BeforeEach
    void layOut() throws IOException {
        Files.createDirectories(dir.resolve("rules"));
        Cli.write(dir.resolve("profiles"), "market.platform", PROFILE);
        policy = Cli.write(dir.resolve("rules"), "shop.policy", POLICY);
    }

    @Test
    void theFolderGivenIsTheProject() {
        Cli.Result result = Cli.run("check", dir);
        assertEquals(0, result.exit(), result.out());
    }

    @Test
    void aFileGivenConfinesToItsFolderUnlessAFolderIsAllowed() {
        Cli.Result refused = Cli.run("check", policy);
        assertEquals(1, refused.exit(), refused.out());
        assertTrue(refused.out().contains("error[E0212]: cannot read profile "
                + "`" + dir.resolve("rules/../profiles/market.platform").normalize() + "`"),
                refused.out());
        assertTrue(refused.out().contains("--allow-path DIR"), refused.out());
        Cli.Result allowed = Cli.run("check", "--allow-path", dir.resolve("profiles"), policy);
        assertEquals(0, allowed.exit(), allowed.out());
    }

    @Test
    void commandsThatDecideAreConfinedToo() {
        String request = "{\"request\":\"cancel\",\"amount\":\"10\",\"reason\":\"size\"}";
        Cli.Result refused = Cli.run("eval", policy, "--request", request);
        assertEquals(1, refused.exit(), refused.err());
        assertTrue(refused.err().contains("E0212"), refused.err());
        Cli.Result allowed =
                Cli.run("eval", "--allow-path", dir, policy, "--request", request);
        assertEquals(0, allowed.exit(), allowed.err());
        assertFalse(allowed.out().isEmpty());
    }
}
