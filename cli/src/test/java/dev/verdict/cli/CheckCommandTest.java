package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static final String CLEAN = "platform tiktok_us\n"
            + "when request = cancel and amount < 50 then manual_review\n";
    private static final String NO_PLATFORM =
            "when request = cancel and amount < 50 then manual_review\n";
    private static final String TYPO = "platform tiktok_us\nwhen reasn = size then manual_review\n";

    @TempDir
    Path dir;

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void cleanPolicyPrintsNothingAndExitsZero() throws IOException {
        Cli.Result result = Cli.run("check", Cli.write(dir, "a.policy", CLEAN));
        assertEquals(0, result.exit(), result.out());
        assertEquals("", result.out());
        assertEquals("", result.err());
    }

    @Test
    void warningsOnlyExitZeroWithASummary() throws IOException {
        Path file = Cli.write(dir, "a.policy", NO_PLATFORM);
        Cli.Result result = Cli.run("check", file);
        assertEquals(0, result.exit());
        assertTrue(result.out().startsWith(file + ":1:1: warning[W0406]: "), result.out());
        assertTrue(result.out().endsWith("\n1 warning\n"), result.out());
    }

    @Test
    void werrorTurnsWarningsIntoErrors() throws IOException {
        Path file = Cli.write(dir, "a.policy", NO_PLATFORM);
        Cli.Result result = Cli.run("check", "--werror", "--format", "json", file);
        assertEquals(1, result.exit(), result.out());
        JsonNode report = json(result.out());
        assertEquals("error", report.at("/diagnostics/0/severity").asText());
        assertEquals(1, report.get("errors").asInt());
        assertEquals(0, report.get("warnings").asInt());
        assertEquals(0, Cli.run("check", "--werror", Cli.write(dir, "b.policy", CLEAN)).exit());
    }

    @Test
    void sarifIsOneLogForEveryFile() throws IOException {
        Path typo = Cli.write(dir, "b.policy", TYPO);
        Path warned = Cli.write(dir, "a.policy", NO_PLATFORM);
        Cli.Result result = Cli.run("check", "--format", "sarif", typo, warned);
        assertEquals(1, result.exit(), result.err());
        JsonNode log = json(result.out());
        assertEquals("2.1.0", log.get("version").asText());
        List<String> rules = new ArrayList<>();
        log.at("/runs/0/results").forEach(r -> rules.add(r.get("ruleId").asText()
                + " " + r.get("level").asText()));
        assertEquals(List.of("W0406 warning", "E0201 error"), rules);
    }

    @Test
    void sarifRulesCarryTheirHelpAndLinkOnlyToAGivenDocsUri() throws IOException {
        Path typo = Cli.write(dir, "b.policy", TYPO);
        JsonNode driver = json(Cli.run("check", "--format", "sarif", typo).out())
                .at("/runs/0/tool/driver");
        assertEquals(dev.verdict.pipeline.Release.version(), driver.get("version").asText());
        assertFalse(driver.get("version").asText().contains("$"), "the version is filtered");
        JsonNode e0201 = driver.at("/rules/" + dev.verdict.diag.Code.E0201.ordinal());
        assertTrue(e0201.at("/help/text").asText().startsWith("Unknown field"), e0201.toString());
        assertTrue(e0201.at("/help/markdown").asText().startsWith("**Unknown field"));
        assertFalse(e0201.has("helpUri"), "no link to a page nobody published");
        assertFalse(driver.has("informationUri"));
        String docs = "https://docs.example.org/verdict/diagnostics.md";
        JsonNode linked = json(Cli.run("check", "--format", "sarif", "--docs-uri", docs, typo)
                .out()).at("/runs/0/tool/driver");
        assertEquals(docs + "#e0201", linked.at("/rules/" + dev.verdict.diag.Code.E0201.ordinal()
                + "/helpUri").asText());
        Cli.Result relative = Cli.run("check", "--format", "sarif", "--docs-uri",
                "docs/diagnostics.md", typo);
        assertEquals(2, relative.exit());
        assertTrue(relative.err().contains("--docs-uri must be an absolute URI"), relative.err());
    }

    @Test
    void errorsExitOneWithTheSourceLineAndCarets() throws IOException {
        Path file = Cli.write(dir, "a.policy", TYPO);
        Cli.Result result = Cli.run("check", file);
        assertEquals(1, result.exit());
        assertEquals(file + ":2:6: error[E0201]: unknown field `reasn`\n"
                + "   2 | when reasn = size then manual_review\n"
                + "     |      ^^^^^ help: did you mean `reason`?\n"
                + "\n"
                + "error: 1 error\n", result.out());
    }

    @Test
    void severalFilesMakeOneJsonDocument() throws IOException {
        Path typo = Cli.write(dir, "b.policy", TYPO);
        Path warned = Cli.write(dir, "a.policy", NO_PLATFORM);
        Cli.Result result = Cli.run("check", "--format", "json", typo, warned);
        assertEquals(1, result.exit());
        JsonNode doc = json(result.out());
        assertEquals(1, doc.get("errors").asInt());
        assertEquals(1, doc.get("warnings").asInt());
        List<String> files = new ArrayList<>();
        doc.get("diagnostics")
                .forEach(d -> files.add(d.get("file").asText() + " " + d.get("code").asText()));
        assertEquals(List.of(warned + " W0406", typo + " E0201"), files);
        assertTrue(doc.get("diagnostics").get(0).get("help").isTextual());
        assertEquals(1, result.out().lines().count(), "one document on one line");
    }

    @Test
    void cleanJsonIsAnEmptyReport() throws IOException {
        Cli.Result result = Cli.run("check", "--format", "JSON", Cli.write(dir, "a.policy", CLEAN));
        assertEquals(0, result.exit());
        assertEquals("{\"diagnostics\":[],\"errors\":0,\"warnings\":0}\n", result.out());
    }

    @Test
    void directoriesAreSearchedForPoliciesAndProfiles() throws IOException {
        Cli.write(dir, "sub/z.policy", TYPO);
        Cli.write(dir, "a.policy", CLEAN);
        Cli.write(dir, "profile.platform", "guard g: when amount < 5 then nonsense\n");
        Cli.write(dir, "readme.txt", "not a policy");
        Cli.Result result = Cli.run("check", "--format", "json", dir);
        assertEquals(1, result.exit());
        JsonNode diagnostics = json(result.out()).get("diagnostics");
        assertEquals(2, diagnostics.size());
        assertEquals(dir.resolve("profile.platform").toString(),
                diagnostics.get(0).get("file").asText());
        assertEquals("E0204", diagnostics.get(0).get("code").asText());
        assertEquals(dir.resolve("sub/z.policy").toString(),
                diagnostics.get(1).get("file").asText());
    }

    @Test
    void aProfileWithErrorsIsReportedOnceWithThePolicyNamingIt() throws IOException {
        Cli.write(dir, "p.platform", "default return_window = 30\n");
        Cli.write(dir, "a.policy", "platform \"p.platform\"\notherwise manual_review\n");
        Cli.Result result = Cli.run("check", "--format", "json", dir);
        assertEquals(1, result.exit());
        assertEquals(1, json(result.out()).get("errors").asInt(), result.out());
    }

    @Test
    void platformOptionServesPoliciesThatNameNone() throws IOException {
        Path file = Cli.write(dir, "a.policy", NO_PLATFORM);
        Cli.Result result = Cli.run("check", "--platform", "tiktok_us", file);
        assertEquals(0, result.exit());
        assertEquals("", result.out());
        Cli.Result unknown = Cli.run("check", "--platform", "tiktok_uss", file);
        assertEquals(1, unknown.exit());
        assertTrue(unknown.out().contains("error[E0209]"), unknown.out());
    }

    @Test
    void anUnreadablePathExitsTwoAfterCheckingTheOthers() throws IOException {
        Path typo = Cli.write(dir, "a.policy", TYPO);
        Path missing = dir.resolve("missing.policy");
        Cli.Result result = Cli.run("check", "--format", "json", missing, typo);
        assertEquals(2, result.exit());
        assertEquals("verdict: cannot read " + missing + ": no such file or directory\n",
                result.err());
        assertEquals(1, json(result.out()).get("errors").asInt());
    }

    @Test
    void aProfileIsCheckedOnItsOwn() throws IOException {
        Path clean = Cli.write(dir, "p.platform",
                "guard g: when amount < 5 then manual_review\n");
        Cli.Result result = Cli.run("check", clean);
        assertEquals(0, result.exit(), result.err());
        assertEquals("", result.out() + result.err());
        Path broken = Cli.write(dir, "b.platform", "limit return_window <= 7\n");
        Cli.Result errors = Cli.run("check", broken);
        assertEquals(1, errors.exit());
        assertTrue(errors.out().startsWith(broken + ":1:24: error[E0203]"), errors.out());
    }

    @Test
    void aProfileContradictingItselfIsWarned() throws IOException {
        Path profile = Cli.write(dir, "p.platform", """
                guard never: when amount < 0 then manual_review
                guard small: when amount < 10 then manual_review
                guard smaller: when amount < 5 then reject(other)
                """);
        Cli.Result result = Cli.run("check", "--format", "json", profile);
        assertEquals(0, result.exit());
        JsonNode diagnostics = json(result.out()).get("diagnostics");
        assertEquals("W0402 W0401", diagnostics.get(0).get("code").asText() + " "
                + diagnostics.get(1).get("code").asText());
        assertEquals("the platform guard `smaller` is unreachable: every request it matches is "
                + "decided by the platform guard `small`", diagnostics.get(1).get("message")
                .asText());
    }

    @Test
    void showPrintsABundledProfileAndSuggestsNames() {
        Cli.Result shown = Cli.run("show", "profile", "tiktok_us");
        assertEquals(0, shown.exit());
        assertTrue(shown.out().contains("\nplatform tiktok_us \"TikTok Shop US\"\n"), shown.out());
        assertEquals("tiktok_us\ntiktok_us_order_review\n", Cli.run("show", "profile").out());
        Cli.Result unknown = Cli.run("show", "profile", "tiktok_uss");
        assertEquals(2, unknown.exit());
        assertEquals("verdict: unknown bundled profile `tiktok_uss`; did you mean `tiktok_us`?\n",
                unknown.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Cli.run("check").exit());
        Cli.Result format = Cli.run("check", "--format", "xml", "a.policy");
        assertEquals(2, format.exit());
        assertTrue(format.err().contains("Invalid value for option '--format'"), format.err());
        assertFalse(format.err().contains("internal error"));
    }
}
