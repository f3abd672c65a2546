package dev.verdict.report;

import dev.verdict.interp.TestReport;
import dev.verdict.interp.TestResult;
import java.util.List;

/**
 * Policy test results as JUnit XML, the format CI servers show beside Java tests: one
 * {@code testsuite} per policy file, one {@code testcase} per {@code test} block (with the file
 * and line), a {@code failure} carrying the sentence {@code verdict test} prints. A file that
 * does not compile is a suite with one {@code error} holding its diagnostics.
 */
public final class JUnitXml {

    /** The tests of one file, or the diagnostics that kept it from running ({@code errors}). */
    public record Suite(String file, TestReport report, String errors) {

        public static Suite ran(String file, TestReport report) {
            return new Suite(file, report, null);
        }

        public static Suite broken(String file, String diagnostics) {
            return new Suite(file, new TestReport(List.of()), diagnostics);
        }
    }

    private JUnitXml() {
    }

    public static String render(List<Suite> suites) {
        long tests = 0;
        long failures = 0;
        long errors = 0;
        StringBuilder body = new StringBuilder();
        for (Suite suite : suites) {
            TestReport report = suite.report();
            int broken = suite.errors() == null ? 0 : 1;
            tests += report.results().size() + broken;
            failures += report.failed();
            errors += broken;
            body.append("  <testsuite name=\"").append(Markup.escape(suite.file()))
                    .append("\" tests=\"").append(report.results().size() + broken)
                    .append("\" failures=\"").append(report.failed())
                    .append("\" errors=\"").append(broken).append("\" skipped=\"0\">\n");
            if (suite.errors() != null) {
                body.append("    <testcase name=\"compile\" classname=\"")
                        .append(Markup.escape(className(suite.file()))).append("\" file=\"")
                        .append(Markup.escape(suite.file())).append("\">\n")
                        .append("      <error message=\"the policy has errors\" type=\"error\">")
                        .append(Markup.escape(suite.errors())).append("</error>\n")
                        .append("    </testcase>\n");
            }
            for (TestResult result : report.results()) {
                testCase(suite.file(), result, body);
            }
            body.append("  </testsuite>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"verdict test\""
                + " tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"" + errors
                + "\">\n" + body + "</testsuites>\n";
    }

    private static void testCase(String file, TestResult result, StringBuilder out) {
        out.append("    <testcase name=\"").append(Markup.escape(result.test().name()))
                .append("\" classname=\"").append(Markup.escape(className(file)))
                .append("\" file=\"").append(Markup.escape(file))
                .append("\" line=\"").append(result.test().span().line()).append('"');
        if (result.passed()) {
            out.append("/>\n");
            return;
        }
        out.append(">\n      <failure message=\"").append(Markup.escape(result.failure()))
                .append("\" type=\"failure\">").append(Markup.escape(failureLine(file, result)))
                .append("</failure>\n    </testcase>\n");
    }

    /** The line {@code verdict test} prints for a failure. */
    public static String failureLine(String file, TestResult result) {
        return file + ":" + result.test().span().line() + ": test "
                + dev.verdict.format.Formatter.quote(result.test().name()) + " failed: "
                + result.failure();
    }

    /** {@code policies.returns} for {@code policies/returns.policy}: dots for folders. */
    private static String className(String file) {
        String path = file.replace('\\', '/');
        int dot = path.lastIndexOf('.');
        String bare = dot > path.lastIndexOf('/') + 1 ? path.substring(0, dot) : path;
        return bare.replace('/', '.');
    }
}
