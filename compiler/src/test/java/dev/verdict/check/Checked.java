package dev.verdict.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.verdict.diag.Diagnostic;
import dev.verdict.diag.Severity;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Rule;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.schema.Field;
import dev.verdict.schema.Schema;
import dev.verdict.source.Schemas;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * Compiles policy text for tests, with the profiles of {@code src/test/resources/check} at hand.
 */
final class Checked {

    static final Schema SCHEMA = Schemas.aftersale();

    private Checked() {}

    static Compilation compile(String text) {
        return compile(text, null);
    }

    static Compilation compile(String text, String defaultPlatform) {
        return new Compiler(SCHEMA, new CompilerOptions(defaultPlatform, false))
                .compile("t.policy", text, folder());
    }

    /** The checked form of a policy that must have no errors (warnings are allowed). */
    static CheckedPolicy policy(String text) {
        Compilation compilation = compile(text);
        List<Diagnostic> errors =
                compilation.diagnostics().stream()
                        .filter(d -> d.severity() == Severity.ERROR)
                        .toList();
        assertEquals(List.of(), errors);
        assertNotNull(compilation.policy());
        return compilation.policy();
    }

    /** The first rule of a policy on the bundled profile. */
    static Rule rule(String ruleText) {
        return policy("platform tiktok_us\n" + ruleText).rules().get(0);
    }

    static Field field(String path) {
        return SCHEMA.field(path).orElseThrow();
    }

    static Path folder() {
        try {
            return Path.of(Checked.class.getResource("/check").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
