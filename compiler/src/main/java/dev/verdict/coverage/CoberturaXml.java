package dev.verdict.coverage;

import dev.verdict.report.Markup;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Coverage as Cobertura XML (the format GitLab merge requests, Azure DevOps, Jenkins and
 * Codecov read), mapped to policy lines: one {@code class} per policy file (its path as given,
 * relative to the working directory, the one {@code source}); a {@code line} for each line
 * where a rule starts (hits: the requests it decided) or a condition atom stands (hits: the
 * requests that reached its rule); each condition is a branch with two outcomes, true and
 * false, summed per line into {@code condition-coverage}. Guards of bundled profiles, which are
 * no file of the project, appear in no class.
 */
public final class CoberturaXml {

    private CoberturaXml() {
    }

    /** {@code version}: the tool's; {@code timestamp}: seconds since the epoch. */
    public static String render(List<PolicyCoverage> policies, String version, long timestamp) {
        Map<String, Map<Integer, long[]>> files = new TreeMap<>();
        for (PolicyCoverage policy : policies) {
            for (RuleCoverage rule : policy.rules()) {
                if (rule.line() > 0 && !rule.file().startsWith("bundled:")) {
                    long[] line = line(files, rule.file(), rule.line());
                    line[0] += rule.decided();
                    line[3] = 1;
                }
            }
            for (ConditionCoverage c : policy.conditions()) {
                if (c.file().startsWith("bundled:")) {
                    continue;
                }
                long[] line = line(files, c.file(), c.span().line());
                if (!c.whole() && line[3] == 0) {
                    line[0] = Math.max(line[0], c.whenTrue() + c.whenFalse() + c.whenUnknown());
                }
                line[1] += c.outcomesSeen();
                line[2] += 2;
            }
        }
        long[] totals = new long[4];
        StringBuilder classes = new StringBuilder();
        for (var file : files.entrySet()) {
            long[] sums = new long[4];
            StringBuilder lines = new StringBuilder();
            for (var entry : file.getValue().entrySet()) {
                long[] line = entry.getValue();
                sums[0] += line[0] > 0 ? 1 : 0;
                sums[1]++;
                sums[2] += line[1];
                sums[3] += line[2];
                lines.append("            <line number=\"").append(entry.getKey())
                        .append("\" hits=\"").append(line[0]).append('"');
                if (line[2] > 0) {
                    lines.append(" branch=\"true\" condition-coverage=\"")
                            .append(Math.round(100.0 * line[1] / line[2])).append("% (")
                            .append(line[1]).append('/').append(line[2]).append(")\"");
                } else {
                    lines.append(" branch=\"false\"");
                }
                lines.append("/>\n");
            }
            for (int i = 0; i < 4; i++) {
                totals[i] += sums[i];
            }
            String name = className(file.getKey());
            classes.append("        <class name=\"").append(Markup.escape(name))
                    .append("\" filename=\"").append(Markup.escape(file.getKey())).append('"')
                    .append(rates(sums)).append(" complexity=\"0\">\n")
                    .append("          <methods/>\n          <lines>\n").append(lines)
                    .append("          </lines>\n        </class>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE coverage SYSTEM "
                + "\"http://cobertura.sourceforge.net/xml/coverage-04.dtd\">\n"
                + "<coverage" + rates(totals) + " lines-covered=\"" + totals[0]
                + "\" lines-valid=\"" + totals[1] + "\" branches-covered=\"" + totals[2]
                + "\" branches-valid=\"" + totals[3] + "\" complexity=\"0\" version=\""
                + Markup.escape(version) + "\" timestamp=\"" + timestamp + "\">\n"
                + "  <sources>\n    <source>.</source>\n  </sources>\n  <packages>\n"
                + "    <package name=\"policies\"" + rates(totals) + " complexity=\"0\">\n"
                + "      <classes>\n" + classes + "      </classes>\n    </package>\n"
                + "  </packages>\n</coverage>\n";
    }

    /** Per line: hits, branch outcomes seen, branch outcomes, and 1 where a rule starts. */
    private static long[] line(Map<String, Map<Integer, long[]>> files, String file, int line) {
        return files.computeIfAbsent(file, f -> new TreeMap<>())
                .computeIfAbsent(line, l -> new long[4]);
    }

    private static String rates(long[] sums) {
        return " line-rate=\"" + rate(sums[0], sums[1]) + "\" branch-rate=\""
                + rate(sums[2], sums[3]) + "\"";
    }

    private static String rate(long part, long whole) {
        return String.format(Locale.ROOT, "%.4f", whole == 0 ? 1.0 : (double) part / whole);
    }

    /** {@code returns} for {@code policies/returns.policy}. */
    private static String className(String file) {
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
