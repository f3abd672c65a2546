package dev.verdict.analysis;

import dev.verdict.diag.Diagnostic;
import dev.verdict.ir.CheckedPolicy;
import java.util.List;

/** The analyses of SPEC §6 and §9 over a checked policy. */
public final class Analyzer {

    private Analyzer() {
    }

    /** Every finding for {@code policy}, each with an example request where one exists. */
    public static List<Diagnostic> analyse(CheckedPolicy policy) {
        return List.of();
    }
}
