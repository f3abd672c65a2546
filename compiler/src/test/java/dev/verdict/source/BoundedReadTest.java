package dev.verdict.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.diag.Diagnostic;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** No file is read past the size limit, whatever it is; bad bytes are named by offset. */
class BoundedReadTest {

    @TempDir
    Path directory;

    @Test
    void aRegularFileOverTheLimitIsRefusedByItsSizeBeforeReading() throws IOException {
        Path file = Files.write(directory.resolve("big.policy"), new byte[101]);
        BoundedRead.Refused refused = assertThrows(BoundedRead.Refused.class,
                () -> BoundedRead.text(file, 100));
        assertEquals("it is 101 bytes, over the limit of 100", refused.getMessage());
        assertEquals("\0".repeat(100), BoundedRead.text(
                Files.write(directory.resolve("fits.policy"), new byte[100]), 100));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void anEndlessDeviceIsReadOnlyToTheLimit() {
        BoundedRead.Refused refused = assertThrows(BoundedRead.Refused.class,
                () -> BoundedRead.text(Path.of("/dev/zero")));
        assertEquals("it is over the limit of " + BoundedRead.MAX_FILE_BYTES + " bytes",
                refused.getMessage());
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aProfileThatIsADeviceGetsADiagnostic() throws IOException {
        Files.createSymbolicLink(directory.resolve("zero.platform"), Path.of("/dev/zero"));
        Compilation compilation = new Compiler(Schemas.aftersale(),
                new CompilerOptions(null, true, ProjectTree.anywhere())).compile("p.policy",
                "platform \"zero.platform\"\nwhen amount < 5 then manual_review\n", directory);
        Diagnostic problem = compilation.diagnostics().get(0);
        assertTrue(problem.isError(), problem::toString);
        assertTrue(problem.message().contains("over the limit of"), problem::toString);
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithTheOffsetOfItsFirstBadByte() throws IOException {
        byte[] bytes = "when amount < 5".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(bytes, bytes.length + 2);
        bad[bytes.length] = (byte) 0xC3;
        bad[bytes.length + 1] = (byte) 0x28;
        Path file = Files.write(directory.resolve("bad.policy"), bad);
        BoundedRead.Refused refused = assertThrows(BoundedRead.Refused.class,
                () -> BoundedRead.text(file));
        assertEquals("it is not UTF-8 text (byte offset 15)", refused.getMessage());
    }
}
