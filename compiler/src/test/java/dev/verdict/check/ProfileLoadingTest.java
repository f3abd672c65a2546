package dev.verdict.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.diag.Code;
import dev.verdict.diag.Diagnostic;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.source.ProjectTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a policy finds its profile: bundled by name, a file beside it, or the caller's default. */
class ProfileLoadingTest {

    @Test
    void theBundledProfilesAreListed() {
        assertEquals(List.of("tiktok_us", "tiktok_us_order_review"),
                dev.verdict.source.Profiles.bundledNames());
    }

    @Test
    void theBundledTiktokProfileIsTheSpecsTextWithSources() throws Exception {
        String text =
                Checked.compile("platform tiktok_us").sources().get("bundled:tiktok_us.platform");
        String[] specLines = {
            "platform tiktok_us \"TikTok Shop US\"",
            "currency USD",
            "default return_window = 30d",
            "limit return_window in [14d, 30d, 45d, 90d]              # sellers pick one of these"
                + " per category",
            "limit offer_partial_refund.percent between 10% and 50%   # automatic partial-refund"
                + " rules",
            "guard \"Outside the return window\":",
            "  when request != cancel and since_delivery > return_window",
            "       and not (reason in [damaged, defective] and since_delivery <= 90d)   #"
                + " money-back guarantee",
            "  then reject(outside_return_window)",
            "forbid offer_partial_refund where item.price < 10 or item.price > 100"
        };
        List<String> code = text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals(List.of(specLines), code);
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()
                    && !lines.get(i).startsWith("#")
                    && !lines.get(i).startsWith(" ")) {
                assertTrue(
                        lines.get(i - 1).startsWith("#"),
                        "a comment names the source of: " + lines.get(i));
            }
        }
    }

    @Test
    void aDefaultPlatformServesAPolicyThatNamesNone() {
        Compilation compilation =
                Checked.compile("when amount < 5 then manual_review", "tiktok_us");
        assertEquals(List.of(), compilation.diagnostics());
        assertEquals("tiktok_us", compilation.policy().profile().id());
    }

    @Test
    void thePolicysOwnPlatformWinsOverTheDefault() {
        Compilation compilation =
                Checked.compile(
                        "platform \"yen.platform\"\nwhen amount < 5 then manual_review",
                        "tiktok_us");
        assertEquals("yen_market", compilation.policy().profile().id());
    }

    @Test
    void anUnknownDefaultPlatformIsReportedAtTheStart() {
        Diagnostic d = only(Checked.compile("when amount < 5 then manual_review", "tiktok_usa"));
        assertEquals(Code.E0209, d.code());
        assertEquals(1, d.span().line());
        assertEquals(1, d.span().column());
        assertEquals("did you mean `tiktok_us`?", d.help());
    }

    @Test
    void aDefaultPlatformMayBeAPath() {
        String path = Checked.folder().resolve("yen.platform").toString();
        Compilation compilation = Checked.compile("when amount < 5 then manual_review", path);
        assertEquals("yen_market", compilation.policy().profile().id());
        assertTrue(compilation.sources().containsKey(path));
    }

    @Test
    void aProfileFileIsNamedRelativeToThePolicysPath(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(
                sub.resolve("shop.policy"),
                "platform \"../profiles/m.platform\"\nwhen amount < 5 then manual_review\n");
        Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(
                dir.resolve("profiles/m.platform"),
                "platform m \"M\"\ndefault return_window = 3x\n");
        Compilation compilation = new Compiler(Checked.SCHEMA,
                new CompilerOptions(null, true, ProjectTree.of(dir, List.of())))
                        .compile(sub.resolve("shop.policy"));
        String profilePath = dir.resolve("profiles/m.platform").toString();
        assertEquals(
                Set.of(sub.resolve("shop.policy").toString(), profilePath),
                compilation.sources().keySet());
        Diagnostic d = only(compilation);
        assertEquals(Code.E0103, d.code());
        assertEquals(profilePath, d.file());
        assertNull(compilation.policy());
    }

    @Test
    void aMissingProfileFileCannotBeRead() {
        Diagnostic d = only(Checked.compile("platform \"no/such.platform\"\n"));
        assertEquals(Code.E0209, d.code());
        assertEquals("cannot read profile `no/such.platform`: no such file", d.message());
        assertNotNull(d.help());
    }

    @Test
    void withoutAnyProfileThereIsAWarningAtTheStart() {
        Compilation compilation = Checked.compile("");
        Diagnostic d = only(compilation);
        assertEquals(Code.W0406, d.code());
        assertEquals(1, d.span().line());
        assertEquals(1, d.span().column());
        assertNotNull(compilation.policy());
    }

    private static Diagnostic only(Compilation compilation) {
        assertEquals(1, compilation.diagnostics().size(), compilation.diagnostics().toString());
        return compilation.diagnostics().get(0);
    }
}
