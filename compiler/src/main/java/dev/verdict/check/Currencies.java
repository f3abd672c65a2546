package dev.verdict.check;

import dev.verdict.ast.Decl;
import dev.verdict.ast.Name;
import dev.verdict.diag.SyntaxDiagnostics;
import dev.verdict.schema.Schema;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The currency of a policy (SPEC §2): its {@code currency} header, else its profile's, else
 * {@code USD}. Codes must be known to the schema (E0103), and a policy may not declare a
 * currency other than its platform's (E0103): the profile's amounts are in the platform's.
 */
final class Currencies {

    static final String FALLBACK = "USD";

    private Currencies() {
    }

    /** The code of the first {@code currency} header in {@code decls}, if it is a known one. */
    static Optional<String> declared(List<Decl> decls, Schema schema, Reporter reporter) {
        Optional<Decl.CurrencyHeader> header = header(decls);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Name code = header.get().code();
        Set<String> known = schema.currencyDecimals().keySet();
        if (!known.contains(code.text())) {
            reporter.report(SyntaxDiagnostics.unknownCurrency(code.span(), code.text(), known));
            return Optional.empty();
        }
        return Optional.of(code.text());
    }

    /** The policy's currency, reporting a policy currency that differs from its platform's. */
    static String resolve(List<Decl> policyDecls, Optional<String> policy, Optional<String> profile,
                          String profileId, Reporter reporter) {
        if (policy.isPresent() && profile.isPresent() && !policy.get().equals(profile.get())) {
            reporter.report(SyntaxDiagnostics.currencyDiffersFromPlatform(
                    header(policyDecls).orElseThrow().code().span(), policy.get(), profileId,
                    profile.get()));
        }
        return policy.or(() -> profile).orElse(FALLBACK);
    }

    private static Optional<Decl.CurrencyHeader> header(List<Decl> decls) {
        return decls.stream().filter(d -> d instanceof Decl.CurrencyHeader)
                .map(d -> (Decl.CurrencyHeader) d).findFirst();
    }
}
