package dev.verdict.ir;

import dev.verdict.ast.Span;
import dev.verdict.runtime.Obligation;
import dev.verdict.runtime.RequestValues;
import java.util.List;

/**
 * A checked {@code test} block: the request it decides ({@code test defaults} overridden by
 * {@code given}), the expected outcome, the expected arguments (null: any), the expected
 * obligations (null: any; else exactly these, in any order) and the expected rule name (null:
 * any).
 */
public record TestCase(String name, String file, Span span, RequestValues request, String outcome,
                       List<String> args, List<Obligation> obligations, String rule) {

    public TestCase {
        obligations = obligations == null ? null : List.copyOf(obligations);
    }
}
