package dev.verdict.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.testing.ReferencePolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bytecode of generated methods stays where HotSpot compiles it well: the typed entry
 * method small enough to inline into callers (325 bytes), every method far under the 8,000
 * bytes above which HotSpot does not compile at all. Measured with javac and javap.
 */
class MethodSizeTest {

    @Test
    void theReferencePolicyHasASmallEntryAndSmallMethods(@TempDir Path out) throws IOException {
        Map<String, Integer> sizes = sizes(ReferencePolicy.build(), "ReferencePolicy", out);
        assertTrue(sizes.get("decide(AftersaleRequest)") < 325, sizes::toString);
        assertTrue(sizes.values().stream().allMatch(size -> size < 1_000), sizes::toString);
    }

    @Test
    void aThousandRulePolicyKeepsEveryMethodUnderTheLimits(@TempDir Path out) throws IOException {
        Map<String, Integer> sizes = sizes(SyntheticPolicy.build(1_000, 5), "Synthetic1000Policy",
                out);
        assertTrue(sizes.get("decide(AftersaleRequest)") < 325, sizes::toString);
        assertTrue(sizes.values().stream().allMatch(size -> size < 4_000), sizes::toString);
    }

    /** Bytes of code of each method of the evaluator, by signature. */
    private static Map<String, Integer> sizes(CheckedPolicy policy, String className, Path out)
            throws IOException {
        List<JavaFile> files = new JavaGenerator().generate(policy, "sizes");
        Path sources = out.resolve("src");
        List<Path> written = JavaSources.write(sources, files);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new java.util.ArrayList<>(List.of("-d", out.toString(), "-cp",
                System.getProperty("java.class.path")));
        written.forEach(p -> arguments.add(p.toString()));
        assertEquals(0, javac.run(null, null, null, arguments.toArray(String[]::new)));
        StringWriter listing = new StringWriter();
        java.util.spi.ToolProvider javap = java.util.spi.ToolProvider.findFirst("javap")
                .orElseThrow();
        javap.run(new PrintWriter(listing), new PrintWriter(new StringWriter()), "-c", "-p", "-cp",
                out.toString(), "sizes." + className);
        return parse(listing.toString());
    }

    /** The last instruction offset (plus one) of each method in a {@code javap -c} listing. */
    private static Map<String, Integer> parse(String listing) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        String method = null;
        for (String line : listing.split("\n")) {
            if (line.startsWith("  ") && !line.startsWith("   ")) {
                int open = line.indexOf('(');
                method = open < 0 ? line.strip() : line.substring(line.lastIndexOf(' ', open) + 1)
                        .replace("sizes.", "").replace(";", "").strip();
            } else if (method != null && line.matches("\\s+\\d+: .*")) {
                sizes.put(method, Integer.parseInt(line.strip().split(":")[0]) + 1);
            }
        }
        return sizes;
    }
}
