package dev.verdict.diag;

import dev.verdict.ast.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One problem found in one file. Messages are lowercase and name things in backticks;
 * {@code help} is null or a fix ("did you mean `reason`?", "e.g. request = cancel, ...");
 * {@code related} lists other places the problem is about (the first definition of a duplicate).
 * The factories of each family ({@link SyntaxDiagnostics}, {@link CheckDiagnostics},
 * {@link PlatformDiagnostics}, {@link AnalysisDiagnostics}, {@link TestDiagnostics}) build a
 * diagnostic without a file; whoever knows the file attaches it with {@link #inFile}.
 */
public record Diagnostic(Code code, Severity severity, String file, Span span, String message,
                         String help, List<Related> related) {

    /** File, then position, then code: the order every output format uses. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing(Diagnostic::file, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(d -> d.span().line())
            .thenComparingInt(d -> d.span().column())
            .thenComparing(Diagnostic::code);

    public Diagnostic {
        related = List.copyOf(related);
    }

    public Diagnostic(Code code, Severity severity, String file, Span span, String message,
                      String help) {
        this(code, severity, file, span, message, help, List.of());
    }

    public Diagnostic withHelp(String newHelp) {
        return new Diagnostic(code, severity, file, span, message, newHelp, related);
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(code, newSeverity, file, span, message, help, related);
    }

    /** This diagnostic in {@code newFile}, with related places of no file put there too. */
    public Diagnostic inFile(String newFile) {
        List<Related> placed = related.stream().map(r -> r.file() != null ? r
                : new Related(newFile, r.span(), r.message())).toList();
        return new Diagnostic(code, severity, newFile, span, message, help, placed);
    }

    /** This diagnostic with one more related place ({@code file} null: this one's file). */
    public Diagnostic withRelated(String relatedFile, Span relatedSpan, String note) {
        List<Related> more = new ArrayList<>(related);
        more.add(new Related(relatedFile == null ? file : relatedFile, relatedSpan, note));
        return new Diagnostic(code, severity, file, span, message, help, more);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
