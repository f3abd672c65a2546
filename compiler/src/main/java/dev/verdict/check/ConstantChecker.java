package dev.verdict.check;

import dev.verdict.ast.Operand;
import dev.verdict.ast.SourceText;
import dev.verdict.diag.CheckDiagnostics;
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
    Long of(Operand operand, Type type, String subject) {
        return of(operand, type, subject, false);
    }

    /** {@link #of} for an action's argument, where a wrong value is E0205. */
    Long argument(Operand operand, Type type, String subject) {
        return of(operand, type, subject, true);
    }

    private Long of(Operand operand, Type type, String subject, boolean argument) {
        if (operand instanceof Operand.Malformed) {
            return null;
        }
        if (type.kind() == Kind.ENUM && operand instanceof Operand.PathRef ref) {
            int ordinal = type.ordinal(ref.dotted());
            if (ordinal < 0) {
                scope.report(argument
                        ? CheckDiagnostics.unknownArgumentValue(ref.span(), ref.dotted(), subject,
                                type.values())
                        : CheckDiagnostics.unknownValue(ref.span(), ref.dotted(), subject,
                                type.values()));
                return null;
            }
            return (long) ordinal;
        }
        if (!TypedLiterals.fits(operand, type.kind())) {
            String written = SourceText.operand(operand);
            String kind = TypedLiterals.describe(operand);
            scope.report(argument
                    ? CheckDiagnostics.argumentMismatch(operand.span(), subject,
                            TypedLiterals.phrase(type), written, kind, TypedLiterals.example(type))
                    : CheckDiagnostics.valueMismatch(operand.span(), subject,
                            TypedLiterals.phrase(type), written, kind,
                            TypedLiterals.example(type)));
            return null;
        }
        return scope.values().convert(operand, type);
    }
}
