package dev.verdict.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.diag.Code;
import dev.verdict.diag.Diagnostic;
import dev.verdict.diag.render.HumanRenderer;
import dev.verdict.pipeline.Checkable;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profile and schema paths a policy writes stay inside its project: {@code ..}, absolute paths
 * and symbolic links that lead out are E0212, naming the path and the project's folder, unless
 * the folder is allowed; a file that is not a profile or schema is never read or quoted.
 */
class ProjectTreeTest {

    static final String PROFILE = "platform strict \"Strict\"\ncurrency USD\n";
    static final String SECRET = "root:x:0:0:secret-line:/root:/bin/bash\n";

    @TempDir
    Path project;

    @TempDir
    Path elsewhere;

    private Compilation compile(String policy, List<Path> allowed) {
        return new Compiler(Schemas.aftersale(), new CompilerOptions(null, true,
                ProjectTree.of(project, allowed))).compile("shop.policy", policy, project);
    }

    private static List<Code> errors(Compilation compilation) {
        return compilation.diagnostics().stream().filter(Diagnostic::isError)
                .map(Diagnostic::code).toList();
    }

    @Test
    void dotDotOutOfTheProjectIsRefusedNamingPathAndRoot() throws IOException {
        Files.writeString(elsewhere.resolve("strict.platform"), PROFILE);
        String path = project.relativize(elsewhere.resolve("strict.platform")).toString();
        Compilation compilation = compile("platform \"" + path + "\"\notherwise manual_review\n",
                List.of());
        assertEquals(List.of(Code.E0212), errors(compilation));
        Diagnostic d = compilation.diagnostics().get(0);
        assertTrue(d.message().contains("`" + path + "`"), d::message);
        assertTrue(d.message().contains(ProjectTree.real(project).toString()), d::message);
        assertTrue(d.help().contains("--allow-path DIR"), d::help);
    }

    @Test
    void anAllowedFolderMayBeRead() throws IOException {
        Files.writeString(elsewhere.resolve("strict.platform"), PROFILE);
        Compilation compilation = compile("platform \"" + elsewhere.resolve("strict.platform")
                + "\"\notherwise manual_review\n", List.of(elsewhere));
        assertEquals(List.of(), errors(compilation));
        assertEquals("strict", compilation.policy().profile().id());
    }

    @Test
    void aSymbolicLinkOutOfTheProjectIsRefused() throws IOException {
        Files.writeString(elsewhere.resolve("strict.platform"), PROFILE);
        Files.createSymbolicLink(project.resolve("linked.platform"),
                elsewhere.resolve("strict.platform"));
        Files.createSymbolicLink(project.resolve("out"), elsewhere);
        Files.createDirectories(project.resolve("sub"));
        for (String path : List.of("linked.platform", "out/strict.platform",
                "out/../strict.platform")) {
            Compilation compilation =
                    compile("platform \"" + path + "\"\notherwise manual_review\n", List.of());
            assertEquals(List.of(Code.E0212), errors(compilation), path);
        }
    }

    @Test
    void schemaPathsExtendsAndProfileSchemasAreConfinedToo() throws IOException {
        Files.writeString(elsewhere.resolve("far.schema"), "schema far extends aftersale\n");
        Files.writeString(project.resolve("near.schema"),
                "schema near extends \"" + elsewhere.resolve("far.schema") + "\"\n");
        Files.writeString(project.resolve("strict.platform"),
                "platform strict \"Strict\"\nschema \"" + elsewhere.resolve("far.schema")
                        + "\"\ncurrency USD\n");
        String far = elsewhere.resolve("far.schema").toString();
        assertEquals(List.of(Code.E0212), errors(compile("schema \"" + far + "\"\n"
                + "otherwise manual_review\n", List.of())));
        assertEquals(List.of(Code.E0212), errors(compile("schema \"near.schema\"\n"
                + "otherwise manual_review\n", List.of())));
        assertTrue(errors(compile("platform \"strict.platform\"\notherwise manual_review\n",
                List.of())).contains(Code.E0212));
    }

    @Test
    void aSchemaOrProfileCheckedOnItsOwnIsConfinedToo() throws IOException {
        Files.writeString(elsewhere.resolve("far.schema"), "schema far extends aftersale\n");
        String far = elsewhere.resolve("far.schema").toString();
        Compiler compiler = new Compiler(Schemas.aftersale(), new CompilerOptions(null, true));
        assertEquals(List.of(Code.E0212), errors(compiler.compile(Checkable.SCHEMA,
                "near.schema", "schema near extends \"" + far + "\"\n", project)));
        assertEquals(List.of(Code.E0212), errors(compiler.compile(Checkable.PROFILE,
                "p.platform", "platform p \"P\"\nschema \"" + far + "\"\ncurrency USD\n",
                project)));
    }

    @Test
    void aFileThatIsNotAProfileIsNeitherReadNorShownEvenWhenAllowed() throws IOException {
        Path passwd = Files.writeString(elsewhere.resolve("passwd"), SECRET);
        Compilation compilation = compile("platform \"" + passwd + "\"\n"
                + "otherwise manual_review\n", List.of(elsewhere));
        assertEquals(List.of(Code.E0209), errors(compilation));
        String shown = rendered(compilation);
        assertTrue(shown.contains("does not end in `.platform`"), shown);
        assertFalse(shown.contains("secret-line"), shown);
        assertNull(compilation.sources().get(passwd.toString()));
    }

    @Test
    void aPolicyFileWithAnotherNameIsReportedWithoutItsLines() throws IOException {
        Path passwd = Files.writeString(project.resolve("passwd"), SECRET);
        Compilation compilation = new Compiler(Schemas.aftersale(),
                new CompilerOptions(null, true)).compile(passwd);
        assertNotEquals(List.of(), errors(compilation));
        String shown = rendered(compilation);
        assertTrue(shown.contains(passwd + ":1:"), shown);
        assertFalse(shown.contains("/bin/bash"), shown);
    }

    private static String rendered(Compilation compilation) {
        StringWriter text = new StringWriter();
        new HumanRenderer(false).render(compilation.diagnostics(), compilation.sources(),
                new PrintWriter(text));
        return text.toString();
    }
}
