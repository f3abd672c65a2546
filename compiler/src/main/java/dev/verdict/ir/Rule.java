package dev.verdict.ir;

import dev.verdict.ast.Span;
import dev.verdict.runtime.Source;
import java.util.List;

/**
 * A checked rule, guard or {@code otherwise}. {@code written} is the condition as written;
 * {@code condition} is the effective one, {@code written and request in applicable types}
 * (SPEC §4). {@code otherwise} has both {@link Expr#TRUE}. {@code file} is where it is written
 * (the profile for guards).
 */
public record Rule(String name, int line, Source source, String file, Span span, Expr written,
                   Expr condition, OutcomeCall outcome, List<ObligationCall> obligations) {
    public Rule {
        obligations = List.copyOf(obligations);
    }
}
