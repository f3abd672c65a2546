package dev.verdict.check;

import dev.verdict.ast.Operand;
import dev.verdict.ast.SourceText;
import dev.verdict.diag.Code;
import dev.verdict.diag.Suggestions;
import dev.verdict.schema.Kind;
import dev.verdict.schema.Type;
import java.util.stream.Collectors;

/**
 * Checks a value written where a type is expected: a {@code set} or {@code default}, a limit
 * bound, a list item, a test's {@code given}, an action argument. The caller names the codes,
 * since a wrong argument is E0205 where a wrong list item is E0203 or E0202.
 */
final class ConstantChecker {

    private static final int VALUES_LISTED = 8;

    private final Scope scope;

    ConstantChecker(Scope scope) {
        this.scope = scope;
    }

    /**
     * The value of {@code operand} as {@code type}, or null after reporting (and silently for a
     * literal the parser already reported). {@code subject} names what the value is for, with
     * backticks: "`reason`", "the kind of `request_evidence`".
     */
    Long of(Operand operand, Type type, String subject, Code mismatch, Code unknownValue) {
        if (operand instanceof Operand.Malformed) {
            return null;
        }
        if (type.kind() == Kind.ENUM && operand instanceof Operand.PathRef ref) {
            int ordinal = type.ordinal(ref.dotted());
            if (ordinal < 0) {
                String message = "unknown value `" + ref.dotted() + "` for " + subject;
                scope.report(unknownValue, ref.span(), message, valueHelp(ref.dotted(), type));
                return null;
            }
            return (long) ordinal;
        }
        if (!TypedLiterals.fits(operand, type.kind())) {
            mismatch(operand, type, subject, mismatch);
            return null;
        }
        return scope.values().convert(operand, type);
    }

    /** Reports a value of the wrong kind: "`amount` is money, but `7d` is a duration". */
    void mismatch(Operand operand, Type type, String subject, Code code) {
        scope.report(code, operand.span(), subject + " is " + TypedLiterals.phrase(type)
                + ", but `" + SourceText.operand(operand) + "` is " + TypedLiterals.describe(operand),
                TypedLiterals.example(type));
    }

    /** Did-you-mean among an enum's values, else the values themselves when they are few. */
    static String valueHelp(String unknown, Type type) {
        String suggestion = Suggestions.didYouMean(unknown, type.values());
        if (suggestion != null || type.values().size() > VALUES_LISTED) {
            return suggestion;
        }
        return "expected one of " + type.values().stream().map(v -> "`" + v + "`")
                .collect(Collectors.joining(", "));
    }
}
