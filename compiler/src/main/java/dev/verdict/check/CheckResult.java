package dev.verdict.check;

import dev.verdict.diag.Diagnostic;
import dev.verdict.ir.CheckedPolicy;
import java.util.List;
import java.util.Map;

/**
 * What the checker made of a policy: the checked policy (null when the policy or its profile
 * has errors, syntax errors included, except rules whose outcome never applies (E0208): then
 * the policy of the other rules, to be analysed but never compiled), the checker's diagnostics
 * and its profile's syntax diagnostics (not the policy's own syntax diagnostics), and the text of
 * each file read (the policy and its profile) by the path diagnostics name it with.
 */
public record CheckResult(CheckedPolicy policy, List<Diagnostic> diagnostics,
                          Map<String, String> sources) {
    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
        sources = Map.copyOf(sources);
    }
}
