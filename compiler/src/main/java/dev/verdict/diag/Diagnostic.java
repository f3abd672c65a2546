package dev.verdict.diag;

import dev.verdict.ast.Span;
import java.util.Comparator;

/**
 * One problem found in one file. Messages are lowercase and name things in backticks;
 * {@code help} is null or a fix ("did you mean `reason`?", "e.g. request = cancel, ...").
 */
public record Diagnostic(Code code, Severity severity, String file, Span span, String message,
                         String help) {

    /** File, then position, then code: the order every output format uses. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing(Diagnostic::file, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(d -> d.span().line())
            .thenComparingInt(d -> d.span().column())
            .thenComparing(Diagnostic::code);

    public Diagnostic withHelp(String newHelp) {
        return new Diagnostic(code, severity, file, span, message, newHelp);
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(code, newSeverity, file, span, message, help);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
