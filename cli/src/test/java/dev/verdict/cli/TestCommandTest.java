package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {

    private static final String POLICY = """
            policy "with tests"
            when reason = size and amount < 80 then approve_return_label

            test defaults: request = return_and_refund, reason = size, amount = 20

            test "small":
              expect approve_return_label by "rule@2"
            """;
    private static final String WRONG = """

            test "wrong on purpose":
              given amount = 500
              expect approve_return_label
            """;

    @TempDir
    Path dir;

    @Test
    void passingTestsPrintOnlyTheSummary() throws IOException {
        Cli.Result result = Cli.run("test", Cli.write(dir, "a.policy", POLICY));
        assertEquals(0, result.exit(), result.err());
        assertEquals("1 passed, 0 failed\n", result.out());
    }

    @Test
    void failuresNameTheFileLineAndWhatHappened() throws IOException {
        Path file = Cli.write(dir, "a.policy", POLICY + WRONG);
        Cli.Result result = Cli.run("test", file);
        assertEquals(1, result.exit());
        assertEquals(file + ":9: test \"wrong on purpose\" failed: "
                + "expected `approve_return_label`, got `manual_review` from `default`\n"
                + "1 passed, 1 failed\n", result.out());
    }

    @Test
    void directoriesAddUp() throws IOException {
        Cli.write(dir, "a.policy", POLICY);
        Cli.write(dir, "sub/b.policy", POLICY + WRONG);
        Cli.Result result = Cli.run("test", dir);
        assertEquals(1, result.exit());
        assertTrue(result.out().endsWith("\n2 passed, 1 failed\n"), result.out());
    }

    @Test
    void aPolicyWithErrorsFailsWithItsDiagnostics() throws IOException {
        Path broken = Cli.write(dir, "broken.policy", "when reasn = size then manual_review\n");
        Cli.write(dir, "good.policy", POLICY);
        Cli.Result result = Cli.run("test", dir);
        assertEquals(1, result.exit());
        assertTrue(result.err().startsWith(broken + ":1:6: error[E0201]"), result.err());
        assertEquals("1 passed, 0 failed; 1 policy with errors, not run\n", result.out());
    }

    @Test
    void aPolicyWithErrorsAloneIsNeverZeroPassedZeroFailed() throws IOException {
        Cli.Result result = Cli.run("test", Cli.write(dir, "b.policy", "when reasn = size\n"));
        assertEquals(1, result.exit());
        assertEquals("0 passed, 0 failed; 1 policy with errors, not run\n", result.out());
    }

    @Test
    void junitXmlHasOneTestCasePerTestBlockAndTheFailureMessage() throws IOException {
        Path file = Cli.write(dir, "a.policy", POLICY + WRONG);
        Path broken = Cli.write(dir, "b.policy", "when reasn = size then manual_review\n");
        Cli.Result result = Cli.run("test", "--format", "junit", file, broken);
        assertEquals(1, result.exit());
        String xml = result.out();
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuites name=\"verdict test\" tests=\"3\" failures=\"1\" errors=\"1\">"),
                xml);
        assertTrue(xml.contains("<testcase name=\"small\" classname=\"" + className(file)
                + "\" file=\"" + file + "\" line=\"6\"/>"), xml);
        assertTrue(xml.contains("<failure message=\"expected `approve_return_label`, got "
                + "`manual_review` from `default`\" type=\"failure\">"), xml);
        assertTrue(xml.contains("<error message=\"the policy has errors\" type=\"error\">"
                + broken + ":1:6: error[E0201]: unknown field `reasn`"), xml);
    }

    private static String className(Path file) {
        String path = file.toString();
        return path.substring(0, path.length() - ".policy".length()).replace('/', '.');
    }

    @Test
    void coverageShowsRulesTheirTestsAndHalfSeenConditions() throws IOException {
        Path file = Cli.write(dir, "a.policy", POLICY);
        Path xml = dir.resolve("coverage.xml");
        Cli.Result result = Cli.run("test", "--coverage", "--coverage-xml", xml, file);
        assertEquals(0, result.exit(), result.err());
        assertEquals("1 passed, 0 failed\n"
                + "coverage of " + file + " (1 request): 1 of 1 rules decided (100.0%), "
                + "3 of 6 condition outcomes seen (50.0%)\n"
                + "  rule      line  decided  requests\n"
                + "  rule@2       2        1  \"small\"\n"
                + "  default      -        0\n"
                + "  not seen both true and false:\n"
                + "  " + file + ":2:1: condition of `rule@2`: always fired\n"
                + "  " + file + ":2:6: `reason = size`: never false\n"
                + "  " + file + ":2:24: `amount < 80`: never false\n", result.out());
        assertTrue(Files.readString(xml).contains("<line number=\"2\" hits=\"1\" "
                + "branch=\"true\" condition-coverage=\"50% (3/6)\"/>"));
    }

    @Test
    void missingPathsExitTwo() {
        Path missing = dir.resolve("missing.policy");
        Cli.Result result = Cli.run("test", missing);
        assertEquals(2, result.exit());
        assertEquals("verdict: cannot read " + missing + ": no such file or directory\n",
                result.err());
        assertEquals("0 passed, 0 failed\n", result.out());
        assertEquals(2, Cli.run("test").exit());
    }
}
