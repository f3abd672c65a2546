package dev.verdict.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.diag.Code;
import dev.verdict.diag.Diagnostic;
import dev.verdict.engine.NoJavaCompilerException;
import dev.verdict.runtime.Decision;
import dev.verdict.source.BoundedRead;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLoaderTest {

    @TempDir
    Path dir;

    @Test
    void aDirectoryLoadsEveryPolicyByItsPathCompiledAndVersioned() throws Exception {
        Policies.write(dir, "sizes.policy", Policies.sizes(80));
        Policies.write(dir, "eu/review.policy", Policies.reviewAll("eu"));
        PolicyLoad load = PolicyLoader.create().withLabel("release-7").load(dir);

        assertTrue(load.accepted(), load.report());
        assertEquals(List.of("eu/review", "sizes"), load.policies().names());
        LoadedPolicy sizes = load.policies().policy("sizes");
        assertTrue(sizes.compiled());
        assertTrue(sizes.version().hash().matches("sha256:[0-9a-f]{64}"), sizes.version().hash());
        assertEquals("release-7", sizes.version().label());
        assertNull(load.fallback());
        Decision decision = sizes.decide(Policies.sizeReturn("50"));
        assertEquals("approve_return_label", decision.outcome());
        assertEquals("small_size", decision.rule());
        assertEquals("manual_review", sizes.decide(Policies.sizeReturn("90")).outcome());
    }

    @Test
    void anErrorTheAnalysisFindsRefusesTheLoadWithEveryFindingOfEveryPolicy() throws Exception {
        Policies.write(dir, "sizes.policy", Policies.sizes(80));
        Policies.write(dir, "window.policy", """
                policy "Window"
                platform tiktok_us

                set return_window = 15d where category = jewelry

                rule late: when since_delivery > return_window then reject(outside_return_window)

                otherwise manual_review
                """);
        PolicyLoad load = PolicyLoader.create().load(dir);

        assertFalse(load.accepted(), load.report());
        assertNull(load.policies());
        List<Code> codes = load.diagnostics().stream().map(Diagnostic::code).toList();
        assertTrue(codes.contains(Code.E0301), codes::toString);
        assertTrue(load.diagnostics().stream().filter(d -> d.code() == Code.E0301)
                .allMatch(d -> d.file().endsWith("window.policy")), load::report);
    }

    @Test
    void theInterpreterDecidesAsTheCompiledClassWithTheSameVersion() throws Exception {
        Policies.write(dir, "sizes.policy", Policies.sizes(80));
        LoadedPolicy compiled = PolicyLoader.create().load(dir).policies().policy("sizes");
        LoadedPolicy interpreted =
                PolicyLoader.create().interpreted().load(dir).policies().policy("sizes");

        assertFalse(interpreted.compiled());
        assertEquals(compiled.version(), interpreted.version());
        for (String amount : List.of("10", "79.99", "80", "500")) {
            assertEquals(compiled.decide(Policies.sizeReturn(amount)),
                    interpreted.decide(Policies.sizeReturn(amount)), amount);
        }
    }

    @Test
    void withoutACompilerTheLoadSaysSoAndInterprets() {
        PolicyLoad load = PolicyLoader.create().compilingWith((policies, versions) -> {
            throw new NoJavaCompilerException();
        }).load("sizes", Policies.sizes(80), null);

        assertTrue(load.accepted(), load.report());
        assertFalse(load.policies().policy("sizes").compiled());
        assertEquals("this Java runtime has no compiler (javax.tools); the compiled engine needs "
                + "a JDK", load.fallback());
        assertTrue(load.report().endsWith("; the policies are interpreted\n"), load.report());
        assertEquals("approve_return_label",
                load.policies().policy("sizes").decide(Policies.sizeReturn("50")).outcome());
    }

    @Test
    void aPolicyWithAnErrorIsRefusedWithItsDiagnostics() throws Exception {
        Policies.write(dir, "sizes.policy", Policies.BROKEN);
        PolicyLoad load = PolicyLoader.create().load(dir);

        assertFalse(load.accepted());
        assertTrue(load.errors() > 0);
        assertTrue(load.report().contains("error[E0201]: unknown field `reasn`"), load.report());
        assertTrue(load.report().contains("help: did you mean `reason`?"), load.report());
    }

    @Test
    void aPolicyWhoseTestFailsIsRefusedNamingTheTest() throws Exception {
        Policies.write(dir, "sizes.policy", Policies.FAILING_TEST);
        PolicyLoad load = PolicyLoader.create().load(dir);

        assertFalse(load.accepted());
        assertEquals(List.of(dir.resolve("sizes.policy") + ":13: test `a $50 size return gets a "
                + "label` failed: expected `approve_return_label` by `small_size`, got "
                + "`manual_review` from `otherwise`"), load.problems());
    }

    @Test
    void aFileOverTheSizeLimitOrNotUtf8IsAProblemAndIsNotReadWhole() throws Exception {
        Path big = dir.resolve("big.policy");
        try (var out = java.nio.channels.FileChannel.open(big,
                java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            out.position(BoundedRead.MAX_FILE_BYTES);
            out.write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}));
        }
        java.nio.file.Files.write(dir.resolve("latin1.policy"), new byte[] {'#', ' ', (byte) 0xE9});
        PolicyLoad load = PolicyLoader.create().load(dir);

        assertFalse(load.accepted());
        assertEquals(List.of("cannot read " + big + ": it is " + (BoundedRead.MAX_FILE_BYTES + 1)
                + " bytes, over the limit of " + BoundedRead.MAX_FILE_BYTES,
                "cannot read " + dir.resolve("latin1.policy")
                        + ": it is not UTF-8 text (byte offset 2)"), load.problems());
    }

    @Test
    void textLoadsUnderTheGivenName() {
        PolicyLoad load = PolicyLoader.create().load("sizes", Policies.sizes(80), null);
        assertTrue(load.accepted(), load.report());
        assertEquals(List.of("sizes"), load.policies().names());
    }

    @Test
    void aMissingOrEmptyDirectoryIsAProblemNotAnException() throws Exception {
        PolicyLoad missing = PolicyLoader.create().load(dir.resolve("nowhere"));
        assertEquals(List.of("cannot read " + dir.resolve("nowhere")
                + ": no such file or directory"), missing.problems());
        assertEquals(List.of("no `.policy` files to load"),
                PolicyLoader.create().load(dir).problems());
    }

    @Test
    void theVersionIsTheContentNotThePath() throws Exception {
        Policies.write(dir, "a/sizes.policy", Policies.sizes(80));
        Policies.write(dir, "b/other-name.policy", Policies.sizes(80));
        Policies.write(dir, "c/sizes.policy", Policies.sizes(81));
        PolicySet set = PolicyLoader.create().load(dir).policies();

        assertEquals(set.policy("a/sizes").version(), set.policy("b/other-name").version());
        assertNotEquals(set.policy("a/sizes").version(), set.policy("c/sizes").version());
    }

    @Test
    void theProfileIsPartOfTheVersion() throws Exception {
        String policy = Policies.sizes(80).replace("platform tiktok_us",
                "platform \"market.platform\"");
        String profile = """
                platform market "A market"
                currency USD
                default return_window = 30d
                """;
        Policies.write(dir, "one/sizes.policy", policy);
        Policies.write(dir, "one/market.platform", profile);
        Policies.write(dir, "two/sizes.policy", policy);
        Policies.write(dir, "two/market.platform", profile.replace("30d", "14d"));
        PolicySet set = PolicyLoader.create().load(dir).policies();

        assertNotEquals(set.policy("one/sizes").version(), set.policy("two/sizes").version());
    }

    @Test
    void profilesAreReadOnlyInsideTheDirectoryLoaded(@TempDir Path elsewhere) throws Exception {
        String profile = "platform market \"A market\"\ncurrency USD\n";
        Policies.write(elsewhere, "market.platform", profile);
        Policies.write(dir, "shared/market.platform", profile);
        Policies.write(dir, "eu/near.policy", Policies.sizes(80).replace("platform tiktok_us",
                "platform \"../shared/market.platform\""));
        assertTrue(PolicyLoader.create().load(dir).accepted());

        Policies.write(dir, "eu/far.policy", Policies.sizes(80).replace("platform tiktok_us",
                "platform \"" + elsewhere.resolve("market.platform") + "\""));
        PolicyLoad load = PolicyLoader.create().load(dir);
        assertFalse(load.accepted());
        assertEquals(List.of(Code.E0212), load.diagnostics().stream()
                .filter(Diagnostic::isError).map(Diagnostic::code).toList());
    }
}
