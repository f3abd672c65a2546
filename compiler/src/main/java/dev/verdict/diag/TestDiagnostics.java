package dev.verdict.diag;

import dev.verdict.ast.Span;
import java.util.Collection;
import java.util.List;

/**
 * The E05xx family: tests that lack a field the policy reads (E0501) and tests that cannot run
 * as written (E0502). The caller attaches the file with {@link Diagnostic#inFile}.
 */
public final class TestDiagnostics {

    private TestDiagnostics() {
    }

    /** {@code missing}: the field paths, in schema order. */
    public static Diagnostic missingFields(Span span, String test, List<String> missing) {
        String fields = String.join(", ", missing.stream().map(f -> "`" + f + "`").toList());
        return Code.E0501.of(span, "test `" + test + "` lacks " + fields + ", which the policy"
                        + " reads",
                "add " + (missing.size() == 1 ? "it" : "them") + " to `given` or to `test"
                        + " defaults`");
    }

    /** {@code expect NAME} where NAME is no outcome. */
    public static Diagnostic unknownExpectedOutcome(Span span, String name, boolean obligation,
                                                    Collection<String> outcomes) {
        return Code.E0502.of(span, "unknown outcome `" + name + "`", obligation
                ? "`" + name + "` is an obligation; `expect` names the outcome"
                : Suggestions.didYouMean(name, outcomes));
    }

    /** {@code by NAME} where NAME is no rule, guard or {@code otherwise}. */
    public static Diagnostic unknownRule(Span span, String name, Collection<String> rules) {
        return Code.E0502.of(span, "no rule named `" + name + "`",
                Suggestions.didYouMean(name, rules));
    }

    public static Diagnostic givenTwice(Span span, String field, Span first) {
        return Code.E0502.of(span, "`" + field + "` is given twice", "the first is at line "
                        + first.line() + ", column " + first.column())
                .withRelated(null, first, "first given here");
    }
}
