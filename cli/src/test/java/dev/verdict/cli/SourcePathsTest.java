package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcePathsTest {

    @TempDir
    Path tree;

    @Test
    void anUnreadableSubDirectoryIsReportedByItsPathAndTheRestIsStillFound() throws IOException {
        Path first = write(tree.resolve("a/first.policy"));
        Path locked = write(tree.resolve("b/locked/hidden.policy")).getParent();
        Path last = write(tree.resolve("c/last.policy"));
        write(tree.resolve(".git/skipped.policy"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            StringWriter err = new StringWriter();
            SourcePaths sources = new SourcePaths(console(err), denying(locked));
            List<Path> files = sources.expand(List.of(tree), Set.of(".policy"));
            assertEquals(List.of(first, last), files);
            assertTrue(sources.failed());
            assertEquals("verdict: cannot read " + locked + ": permission denied",
                    err.toString().strip());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aReadableTreeIsFoundSortedWithoutProblems() throws IOException {
        Path second = write(tree.resolve("z/deep/two.policy"));
        Path first = write(tree.resolve("one.policy"));
        write(tree.resolve("notes.txt"));
        StringWriter err = new StringWriter();
        SourcePaths sources = new SourcePaths(console(err));
        assertEquals(List.of(first, second), sources.expand(List.of(tree), Set.of(".policy")));
        assertEquals("", err.toString());
        assertTrue(!sources.failed());
    }

    /**
     * Lists directories as the file system does, and refuses {@code locked} as the file system
     * does for a user without read permission. Run as root, where mode 000 does not stop reads,
     * the refusal is simulated; otherwise it is the file system's own.
     */
    private static SourcePaths.Directories denying(Path locked) {
        boolean permissionsApply = !Files.isReadable(locked);
        return directory -> {
            if (!permissionsApply && directory.equals(locked)) {
                throw new AccessDeniedException(directory.toString());
            }
            return Files.newDirectoryStream(directory);
        };
    }

    private static Path write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "policy p for order_review\n");
    }

    private static Console console(StringWriter err) {
        return new Console(new PrintWriter(new StringWriter()), new PrintWriter(err), false);
    }
}
