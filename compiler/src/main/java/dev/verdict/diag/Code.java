package dev.verdict.diag;

/**
 * The catalogue of diagnostic codes. Codes are stable; the title is what SARIF rule metadata
 * and the docs show. {@code docs/diagnostics.md} explains each with an example and the fix.
 */
public enum Code {
    E0101(Severity.ERROR, "syntax error"),
    E0102(Severity.ERROR, "unterminated string"),
    E0103(Severity.ERROR, "malformed literal"),
    E0104(Severity.ERROR, "input over limits"),
    E0201(Severity.ERROR, "unknown field"),
    E0202(Severity.ERROR, "unknown enum value or list name"),
    E0203(Severity.ERROR, "type mismatch"),
    E0204(Severity.ERROR, "unknown or misplaced action"),
    E0205(Severity.ERROR, "wrong action arguments"),
    E0206(Severity.ERROR, "duplicate rule name, header or otherwise"),
    E0207(Severity.ERROR, "otherwise not last"),
    E0208(Severity.ERROR, "outcome never applies to the rule's requests"),
    E0209(Severity.ERROR, "unknown platform profile"),
    E0210(Severity.ERROR, "setting or limit condition refers to a setting"),
    E0211(Severity.ERROR, "declaration not allowed in this kind of file"),
    E0212(Severity.ERROR, "file outside the project"),
    E0301(Severity.ERROR, "value breaks a platform limit"),
    E0303(Severity.ERROR, "rule can produce a forbidden outcome"),
    E0501(Severity.ERROR, "test lacks a field the policy reads"),
    E0502(Severity.ERROR, "invalid test"),
    E0601(Severity.ERROR, "unknown schema"),
    E0602(Severity.ERROR, "unknown type in a schema"),
    E0603(Severity.ERROR, "duplicate name in a schema"),
    E0604(Severity.ERROR, "malformed type in a schema"),
    E0605(Severity.ERROR, "invalid outcome in a schema"),
    E0606(Severity.ERROR, "invalid lint in a schema"),
    E0607(Severity.ERROR, "incomplete schema"),
    E0608(Severity.ERROR, "platform profile for another schema"),
    W0105(Severity.WARNING, "invisible or lookalike characters"),
    W0302(Severity.WARNING, "value capped by the platform for some requests"),
    W0401(Severity.WARNING, "unreachable rule"),
    W0402(Severity.WARNING, "condition can never be true"),
    W0403(Severity.WARNING, "overlapping settings"),
    W0404(Severity.WARNING, "unbounded auto-approval"),
    W0405(Severity.WARNING, "refund with no velocity guard"),
    W0406(Severity.WARNING, "no platform profile"),
    I0901(Severity.INFO, "analysis incomplete");

    private final Severity severity;
    private final String title;

    Code(Severity severity, String title) {
        this.severity = severity;
        this.title = title;
    }

    public Severity severity() {
        return severity;
    }

    public String title() {
        return title;
    }

    /**
     * A diagnostic of this code with its default severity. Only the factories of each family
     * (and tests of the renderers) call this: a message is written once, next to its code.
     */
    public Diagnostic at(String file, dev.verdict.ast.Span span, String message) {
        return new Diagnostic(this, severity, file, span, message, null);
    }

    /** A diagnostic of this code without a file yet, and without help. */
    Diagnostic of(dev.verdict.ast.Span span, String message) {
        return of(span, message, null);
    }

    /** A diagnostic of this code without a file yet, with its help (null: none). */
    Diagnostic of(dev.verdict.ast.Span span, String message, String help) {
        return new Diagnostic(this, severity, null, span, message, help);
    }
}
