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
    void directoriesAreSearchedForPoliciesOnly() throws IOException {
        Cli.write(dir, "sub/z.policy", TYPO);
        Cli.write(dir, "a.policy", CLEAN);
        Cli.write(dir, "profile.platform", "guard g: when amount < 5 then nonsense\n");
        Cli.write(dir, "readme.txt", "not a policy");
        Cli.Result result = Cli.run("check", "--format", "json", dir);
        assertEquals(1, result.exit());
        JsonNode diagnostics = json(result.out()).get("diagnostics");
        assertEquals(1, diagnostics.size());
        assertEquals(dir.resolve("sub/z.policy").toString(),
                diagnostics.get(0).get("file").asText());
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
    void aProfileNamedOnItsOwnIsSkippedWithANote() throws IOException {
        Path profile = Cli.write(dir, "p.platform",
                "guard g: when amount < 5 then manual_review\n");
        Cli.Result result = Cli.run("check", profile);
        assertEquals(0, result.exit());
        assertTrue(result.err().contains("skipping " + profile), result.err());
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
