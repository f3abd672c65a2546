package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {

    private static final String MESSY =
            "when reason=size and amount<80 then approve_return_label # ok\n";
    private static final String TIDY =
            "when reason = size and amount < 80 then approve_return_label  # ok\n";

    @TempDir
    Path dir;

    @Test
    void rewritesFilesInPlaceQuietly() throws IOException {
        Path file = Cli.write(dir, "a.policy", MESSY);
        Cli.Result result = Cli.run("fmt", file);
        assertEquals(0, result.exit(), result.err());
        assertEquals("", result.out());
        assertEquals(TIDY, Files.readString(file));
    }

    @Test
    void checkListsTheFilesThatDifferAndChangesNothing() throws IOException {
        Path messy = Cli.write(dir, "a.policy", MESSY);
        Path tidy = Cli.write(dir, "b.policy", TIDY);
        Cli.Result result = Cli.run("fmt", "--check", messy, tidy);
        assertEquals(1, result.exit());
        assertEquals(messy + System.lineSeparator(), result.out());
        assertEquals(MESSY, Files.readString(messy));
        assertEquals(0, Cli.run("fmt", "--check", tidy).exit());
    }

    @Test
    void searchesDirectoriesForPoliciesAndProfilesInOrder() throws IOException {
        Path b = Cli.write(dir, "sub/b.policy", MESSY);
        Path a = Cli.write(dir, "a.platform", "forbid   approve_refund\n");
        Cli.write(dir, "notes.txt", MESSY);
        Cli.write(dir, ".hidden/c.policy", MESSY);
        Cli.Result result = Cli.run("fmt", "--check", dir);
        assertEquals(1, result.exit());
        assertEquals(a + System.lineSeparator() + b + System.lineSeparator(), result.out());
    }

    @Test
    void refusesAFileWithSyntaxErrorsAndLeavesItAlone() throws IOException {
        String broken = "when amount < then approve_refund\n";
        Path file = Cli.write(dir, "broken.policy", broken);
        Cli.Result result = Cli.run("fmt", file);
        assertEquals(1, result.exit());
        String expected = file + ":1:15: error[E0101]: expected a value after `<`";
        assertTrue(result.err().startsWith(expected),
                result.err());
        assertEquals(broken, Files.readString(file));
    }

    @Test
    void aMissingPathIsAnIoErrorButTheOthersAreStillFormatted() throws IOException {
        Path file = Cli.write(dir, "a.policy", MESSY);
        Path missing = dir.resolve("missing.policy");
        Cli.Result result = Cli.run("fmt", missing, file);
        assertEquals(2, result.exit());
        assertEquals("verdict: cannot read " + missing + ": no such file or directory",
                result.err().strip());
        assertEquals(TIDY, Files.readString(file));
    }

    @Test
    void aFileThatIsNotUtf8IsAnIoError() throws IOException {
        Path file = dir.resolve("latin1.policy");
        Files.write(file, new byte[] {'#', ' ', (byte) 0xE9, '\n'});
        Cli.Result result = Cli.run("fmt", file);
        assertEquals(2, result.exit());
        assertEquals("verdict: cannot read " + file + ": it is not UTF-8 text (byte offset 2)",
                result.err().strip());
    }

    @Test
    void needsAPath() {
        Cli.Result result = Cli.run("fmt");
        assertEquals(2, result.exit());
        assertTrue(result.err().contains("Missing required parameter: 'PATH'"), result.err());
    }
}
