package dev.verdict.analysis;

import dev.verdict.diag.Diagnostic;

/**
 * One analysis finding: its diagnostic, the example request its help prints (null when the
 * finding has none: W0402, I0901), and the name of the rule or guard that decides that example
 * when the finding is about one (the rule itself for W0404, W0405, E0303 and a limit broken by
 * an outcome argument; the earlier rule for W0401; null for settings).
 */
public record Finding(Diagnostic diagnostic, Example example, String decidedBy) {
}
