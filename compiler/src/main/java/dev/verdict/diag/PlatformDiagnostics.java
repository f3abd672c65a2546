package dev.verdict.diag;

import dev.verdict.ast.Span;

/**
 * The E03xx family and W0302: values that break a platform limit (E0301), values the platform
 * caps or raises (W0302), and outcomes the platform forbids (E0303). Limits reach these
 * factories as the analysis phrases them ("`partial_refund.amount` <= 50%"); {@code scope} is
 * where the problem holds ("for every request it applies to", "where `amount` > 100"). The help
 * of a finding with an example request is the advice after it. The caller attaches the file.
 */
public final class PlatformDiagnostics {

    private static final String USE_ALLOWED = "use a value the limit allows";

    private PlatformDiagnostics() {
    }

    /** {@code value}: the setting and its value ("`window` = `60d`"). */
    public static Diagnostic settingBreaksLimit(Span span, String value, String limit,
                                                String scope) {
        return Code.E0301.of(span, value + " breaks the platform limit " + limit + scope,
                USE_ALLOWED);
    }

    /** {@code rule} as messages name it ("rule `big`"); {@code argument} as written. */
    public static Diagnostic argumentBreaksLimit(Span span, String rule, String argument,
                                                 String limit, String scope) {
        return Code.E0301.of(span, rule + " gives `" + argument + "`, which breaks the platform"
                + " limit " + limit + scope, USE_ALLOWED);
    }

    /** {@code capped}: the value the platform uses instead; {@code lowered}: capped, not raised. */
    public static Diagnostic settingCapped(Span span, String value, boolean lowered,
                                           String capped, String limit, String scope) {
        return Code.W0302.of(span, value + " is " + (lowered ? "capped" : "raised") + " to "
                + capped + " by the platform limit " + limit + scope, null);
    }

    public static Diagnostic argumentCapped(Span span, String rule, String argument,
                                            String limit, String scope, boolean lowered,
                                            String capped) {
        return Code.W0302.of(span, rule + " gives `" + argument + "`, which breaks the platform"
                + " limit " + limit + scope + "; the platform " + (lowered ? "caps" : "raises")
                + " it to " + capped + " there", null);
    }

    /** {@code where}: empty, or " where ..." for a conditional {@code forbid}. */
    public static Diagnostic forbiddenOutcome(Span span, String rule, String outcome,
                                              String where) {
        return Code.E0303.of(span, rule + " can produce `" + outcome
                + "`, which the platform forbids" + where, null);
    }
}
