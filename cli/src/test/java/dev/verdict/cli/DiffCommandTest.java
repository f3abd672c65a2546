package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    private static final String OLD = """
            policy "returns"
            when reason = size and amount < 80 then approve_return_label
            when reason = damaged then request_evidence(photos)
            otherwise manual_review
            """;
    private static final String REORDERED = """
            policy "returns"

            when reason = damaged
              then request_evidence(photos)

            rule sizes: when reason = size and amount < 80 then approve_return_label

            otherwise manual_review
            """;
    private static final String RAISED = OLD.replace("amount < 80", "amount < 100");

    @TempDir
    Path dir;

    @Test
    void reorderingDisjointRulesAndRenamingThemChangesNothing() throws IOException {
        Cli.Result result = Cli.run("diff", Cli.write(dir, "old.policy", OLD),
                Cli.write(dir, "new.policy", REORDERED));
        assertEquals(0, result.exit(), result.err());
        assertEquals("", result.out());
    }

    @Test
    void aFormattedPolicyIsEquivalent() throws IOException {
        Path old = Cli.write(dir, "old.policy", REORDERED);
        Path formatted = Cli.write(dir, "new.policy", REORDERED);
        assertEquals(0, Cli.run("fmt", formatted).exit());
        assertTrue(!Files.readString(formatted).equals(REORDERED), "fmt changed nothing");
        Cli.Result result = Cli.run("diff", old, formatted);
        assertEquals(0, result.exit(), result.out());
        assertEquals("", result.out());
    }

    @Test
    void aRaisedCapShowsTheRegionAndAnExample() throws IOException {
        Path old = Cli.write(dir, "old.policy", OLD);
        Path raised = Cli.write(dir, "new.policy", RAISED);
        Cli.Result result = Cli.run("diff", old, raised);
        assertEquals(1, result.exit(), result.err());
        assertEquals(old + " → " + raised + ": 1 change\n\n"
                + "1. manual_review by otherwise → approve_return_label by rule@2\n"
                + "   where request = return_and_refund and reason = size"
                + " and amount between 80.00 and 99.99\n"
                + "   e.g. request = return_and_refund, reason = size, amount = 80.00\n",
                result.out());
    }

    @Test
    void markdownIsATableForAPullRequest() throws IOException {
        Path old = Cli.write(dir, "old.policy", OLD);
        Path raised = Cli.write(dir, "new.policy", RAISED);
        Cli.Result result = Cli.run("diff", "--format", "markdown", old, raised);
        assertEquals(1, result.exit(), result.err());
        assertTrue(result.out().contains("\n| 1 | `manual_review` by `otherwise` "
                + "| `approve_return_label` by `rule@2` | `request = return_and_refund and "
                + "reason = size and amount between 80.00 and 99.99` "
                + "| `request = return_and_refund, reason = size, amount = 80.00` |\n"),
                result.out());
    }

    @Test
    void jsonCountsTheHistoryPerChange() throws IOException {
        Path old = Cli.write(dir, "old.policy", OLD);
        Path raised = Cli.write(dir, "new.policy", RAISED);
        Path history = Cli.write(dir, "h.jsonl", """
                {"request":"return_and_refund","reason":"size","amount":"85.50"}
                {"request":"return_and_refund","reason":"size","amount":"50"}
                not json
                """);
        Cli.Result result = Cli.run("diff", "--format", "json", "--history", history, old,
                raised);
        assertEquals(1, result.exit(), result.err());
        JsonNode root = new ObjectMapper().readTree(result.out());
        assertEquals(2, root.at("/history/requests").asLong());
        assertEquals(1, root.at("/history/invalid").asLong());
        assertEquals(1, root.at("/changes/0/history/count").asLong());
        assertEquals("85.50", root.at("/changes/0/history/amount").asText());
        assertEquals("approve_return_label", root.at("/changes/0/after/outcome").asText());
    }

    @Test
    void aPolicyWithErrorsIsTroubleNotADifference() throws IOException {
        Cli.Result result = Cli.run("diff", Cli.write(dir, "old.policy", OLD),
                Cli.write(dir, "new.policy", "when reasn = size then manual_review\n"));
        assertEquals(2, result.exit());
        assertTrue(result.err().contains("error[E0201]"), result.err());
    }
}
