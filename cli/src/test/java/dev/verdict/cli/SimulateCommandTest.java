package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    private static final String SMALL =
            "{\"request\":\"refund_only\",\"reason\":\"size\",\"amount\":\"20.00\"}";
    private static final String DAMAGED =
            "{\"request\":\"return_and_refund\",\"reason\":\"damaged\",\"amount\":\"40.00\"}";
    private static final String CANCEL =
            "{\"request\":\"cancel\",\"reason\":\"size\",\"amount\":\"5.00\"}";
    private static final String EVIL = "</td><script>alert(1)</script>";

    @TempDir
    Path dir;
    private Path policy;
    private Path history;

    @BeforeEach
    void write() throws IOException {
        policy = policy("p.policy", """
                rule small: when request = refund_only and amount < 50 then approve_refund
                rule damaged: when reason = damaged then offer_partial_refund(30%)
                otherwise manual_review
                """);
        history = history(SMALL, DAMAGED, "", CANCEL, SMALL);
    }

    private Path policy(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path history(String... lines) throws IOException {
        return Files.write(dir.resolve("history.jsonl"), List.of(lines));
    }

    @Test
    void coverageCountsWhatTheHistoryReached() {
        Cli.Result result = Cli.run("simulate", policy, "--history", history, "--coverage");
        assertEquals(0, result.exit(), result.err());
        String out = result.out();
        String coverage = out.substring(out.indexOf("\ncoverage of ") + 1);
        assertEquals("coverage of " + policy + " (4 requests): 3 of 3 rules decided (100.0%), "
                + "9 of 10 condition outcomes seen (90.0%)\n"
                + "  rule        line  decided  requests\n"
                + "  small          1        2\n"
                + "  damaged        2        1\n"
                + "  otherwise      3        1\n"
                + "  not seen both true and false:\n"
                + "  " + policy + ":1:44: `amount < 50`: never false\n", coverage);
    }

    @Test
    void reportsCountsAndMoneyPerOutcomeAndRule() {
        Cli.Result result = Cli.run("simulate", policy, "--history", history);
        assertEquals(0, result.exit(), result.err());
        assertEquals("", result.err());
        assertEquals(policy + ": 4 requests decided; money in USD\n\n"
                + "outcome                    count   share  amount  refunds\n"
                + "approve_refund                 2   50.0%   40.00    40.00\n"
                + "offer_partial_refund(30%)      1   25.0%   40.00    12.00\n"
                + "manual_review                  1   25.0%    5.00     0.00\n"
                + "total                          4  100.0%   85.00    52.00\n\n"
                + "rule       line  source  count  share  refunds\n"
                + "small         1  policy      2  50.0%    40.00\n"
                + "damaged       2  policy      1  25.0%    12.00\n"
                + "otherwise     3  policy      1  25.0%     0.00\n", result.out());
    }

    @Test
    void theReadmeShowsWhatTheExampleHistoryGives() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String command = "$ ./verdict simulate examples/service/src/main/verdict/refunds.policy"
                + " --history examples/history/refunds.jsonl\n";
        int start = readme.indexOf(command) + command.length();
        String shown = readme.substring(start, readme.indexOf("...\n", start));
        Cli.Result result = Cli.run("simulate",
                Path.of("..", "examples", "service", "src", "main", "verdict", "refunds.policy"),
                "--history", Path.of("..", "examples", "history", "refunds.jsonl"));
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().replace("../", "").startsWith(shown), result.out());
    }

    @Test
    void invalidLinesAreReportedAndExitOneButTheRestCount() throws IOException {
        Path file = history(SMALL, "{\"request\":\"refund_only\",\"reason\":\"size\"}", "{oops",
                CANCEL);
        Cli.Result result = Cli.run("simulate", policy, "--history", file);
        assertEquals(1, result.exit());
        assertTrue(result.out().startsWith(policy + ": 2 requests decided"), result.out());
        assertTrue(result.out().endsWith("2 invalid lines not decided:\n"
                + "  line 2: request lacks required field `amount`\n"
                + "  line 3: malformed JSON at column 2: expected a key in double quotes\n"),
                result.out());
    }

    @Test
    void comparesWithABaseline() throws IOException {
        Path old = policy("old.policy", """
                rule small: when request = refund_only and amount < 10 then approve_refund
                rule damaged: when reason = damaged then offer_partial_refund(30%)
                otherwise manual_review
                """);
        Cli.Result result = Cli.run("simulate", policy, "--history", history, "--baseline", old,
                "--examples", "1");
        assertEquals(0, result.exit(), result.err());
        String out = result.out();
        assertTrue(out.contains("\nagainst " + old + ": 2 of 4 decisions changed\n\n"
                + "baseline decided  policy decides  count\n"
                + "manual_review     approve_refund      2\n"
                + "total                                 2\n\n"
                + "refunds: 12.00 with " + old + ", 52.00 with " + policy + " (+40.00 USD)\n\n"
                + "first changed requests:\n{\"line\":1,\"request\":" + SMALL + ",\"old\":"
                + "{\"outcome\":\"manual_review\""), out);
        assertEquals(1, out.lines().filter(l -> l.startsWith("{\"line\":")).count(), out);
    }

    @Test
    void theJsonFormatIsOneDocument() throws IOException {
        Cli.Result result = Cli.run("simulate", policy, "--history", history, "--baseline", policy,
                "--format", "json");
        assertEquals(0, result.exit(), result.err());
        assertEquals(1, result.out().lines().count());
        JsonNode root = new ObjectMapper().readTree(result.out());
        assertEquals(4, root.path("decided").asLong());
        assertEquals("52.00", root.path("refunds").asText());
        assertEquals(0, root.path("baseline").path("changed").asLong());
        assertEquals("0.00", root.path("baseline").path("refunds").path("difference").asText(),
                "no difference has no sign");
    }

    @Test
    void bothEnginesAgree() throws IOException {
        Path old = policy("old.policy", "otherwise manual_review\n");
        Cli.Result compiled = Cli.run("--engine", "compiled", "simulate", policy, "--history",
                history, "--baseline", old, "--format", "json");
        Cli.Result interpreted = Cli.run("--engine", "interpreted", "simulate", policy,
                "--history", history, "--baseline", old, "--format", "json");
        assertEquals(0, compiled.exit(), compiled.err());
        assertEquals(interpreted.out(), compiled.out());
    }

    @Test
    void writesAnHtmlReportWithEveryNameEscaped() throws IOException {
        Path evil = policy("evil.policy", "rule \"" + EVIL.replace("\"", "\\\"") + "\":\n"
                + "  when request = refund_only then approve_refund\notherwise manual_review\n");
        Path html = dir.resolve("report.html");
        Cli.Result result = Cli.run("simulate", evil, "--history", history, "--baseline", policy,
                "--html", html);
        assertEquals(0, result.exit(), result.err());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertFalse(page.contains("<script"), page);
        assertTrue(page.contains("&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertTrue(result.out().contains(EVIL), "the text report shows the name as it is");
    }

    @Test
    void refusesPoliciesWithErrors() throws IOException {
        Path broken = policy("broken.policy", "when reasn = size then manual_review\n");
        Cli.Result result = Cli.run("simulate", broken, "--history", history);
        assertEquals(1, result.exit());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith(broken + ":1:6: error[E0201]: unknown field `reasn`"),
                result.err());
        Cli.Result baseline = Cli.run("simulate", policy, "--history", history, "--baseline",
                broken);
        assertEquals(1, baseline.exit());
        assertEquals("", baseline.out());
        assertTrue(baseline.err().contains("error[E0201]"), baseline.err());
    }

    @Test
    void readsTheHistoryFromStandardInput() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream((SMALL + "\n").getBytes(StandardCharsets.UTF_8)));
            Cli.Result result = Cli.run("simulate", policy, "--history", "-");
            assertEquals(0, result.exit(), result.err());
            assertTrue(result.out().startsWith(policy + ": 1 request decided"), result.out());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void usageAndIoErrorsExitTwo() throws IOException {
        Path missing = dir.resolve("missing.jsonl");
        Cli.Result noHistory = Cli.run("simulate", policy, "--history", missing);
        assertEquals(2, noHistory.exit());
        assertEquals("verdict: cannot read " + missing + ": no such file or directory\n",
                noHistory.err());
        Cli.Result noOption = Cli.run("simulate", policy);
        assertEquals(2, noOption.exit());
        assertTrue(noOption.err().contains("Missing required option: '--history=FILE.jsonl'"),
                noOption.err());
        Cli.Result negative = Cli.run("simulate", policy, "--history", history, "--examples",
                "-1");
        assertEquals(2, negative.exit());
        assertTrue(negative.err().startsWith("verdict: --examples must be 0 or more\n"),
                negative.err());
        Path yen = policy("yen.policy", "currency JPY\notherwise manual_review\n");
        Cli.Result currencies = Cli.run("simulate", policy, "--history", history, "--baseline",
                yen);
        assertEquals(2, currencies.exit());
        assertEquals("verdict: cannot compare " + policy + " with " + yen + ": the baseline's "
                + "currency JPY differs from the policy's USD: their money cannot be compared\n",
                currencies.err());
        Path nowhere = dir.resolve("no/such/dir/report.html");
        Cli.Result unwritable = Cli.run("simulate", policy, "--history", history, "--html",
                nowhere);
        assertEquals(2, unwritable.exit());
        assertTrue(unwritable.err().startsWith("verdict: cannot write " + nowhere),
                unwritable.err());
    }
}
