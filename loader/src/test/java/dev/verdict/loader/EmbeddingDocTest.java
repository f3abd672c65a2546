package dev.verdict.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The complete example of {@code docs/embedding.md} compiles, runs, and prints what the page
 * says it prints (up to the hashes and the temporary path).
 */
class EmbeddingDocTest {

    private static final Path PAGE = Path.of("../docs/embedding.md");

    @TempDir
    Path classes;

    @Test
    void theCompleteExampleRunsAsDocumented() throws Exception {
        String page = Files.readString(PAGE);
        String example = page.substring(page.indexOf("## A complete example"));
        String source = block(example, "```java\n");
        String expected = block(example.substring(example.indexOf("It prints")), "```\n");

        Path file = Files.writeString(classes.resolve("Embedding.java"), source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), file.toString());
        assertEquals(0, status, "the example does not compile");

        List<String> printed = run().lines().toList();
        assertEquals(normalise(expected), normalise(String.join("\n", printed) + "\n"));
        String first = hash(printed.get(0));
        assertEquals(first, hash(printed.get(7)), "a refused edit changed the version");
        assertNotEquals(first, hash(printed.get(9)), "an accepted edit kept the version");
        assertTrue(printed.get(2).contains("error[E0201]"), printed.get(2));
    }

    private String run() throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Method main = loader.loadClass("Embedding").getMethod("main", String[].class);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(console);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String block(String text, String opening) {
        int start = text.indexOf(opening) + opening.length();
        return text.substring(start, text.indexOf("```", start));
    }

    private static String hash(String line) {
        return line.substring(line.indexOf("sha256:"));
    }

    private static String normalise(String output) {
        return output.replaceAll("sha256:[0-9a-f]+", "sha256:HASH")
                .replaceAll("(?m)^\\S*refunds\\.policy:", "refunds.policy:");
    }
}
