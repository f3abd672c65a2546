package dev.verdict.check;

import dev.verdict.ast.Decl;
import dev.verdict.diag.Code;
import dev.verdict.diag.Suggestions;
import dev.verdict.schema.Schema;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The currency of a policy (SPEC §2): its {@code currency} header, else its profile's, else
 * {@value #FALLBACK}. Codes must be known to the schema (E0103), and a policy may not declare a
 * currency other than its platform's (E0103): the profile's amounts are in the platform's.
 */
final class Currencies {

    static final String FALLBACK = "USD";

    private Currencies() {
    }

    /** The code of the first {@code currency} header in {@code decls}, if it is known; else empty. */
    static Optional<String> declared(List<Decl> decls, Schema schema, Reporter reporter) {
        Optional<Decl.CurrencyHeader> header = decls.stream().filter(d -> d instanceof Decl.CurrencyHeader)
                .map(d -> (Decl.CurrencyHeader) d).findFirst();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String code = header.get().code().text();
        if (!schema.currencyDecimals().containsKey(code)) {
            String suggestion = Suggestions.didYouMean(code.toUpperCase(Locale.ROOT), schema.currencyDecimals().keySet());
            reporter.report(Code.E0103, header.get().code().span(), "unknown currency `" + code + "`",
                    suggestion != null ? suggestion
                            : "known currencies: " + String.join(", ", new TreeSet<>(schema.currencyDecimals().keySet())));
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** The policy's currency, reporting a policy currency that differs from its platform's. */
    static String resolve(List<Decl> policyDecls, Optional<String> policy, Optional<String> profile,
                          String profileId, Reporter reporter) {
        if (policy.isPresent() && profile.isPresent() && !policy.get().equals(profile.get())) {
            Decl.CurrencyHeader header = policyDecls.stream().filter(d -> d instanceof Decl.CurrencyHeader)
                    .map(d -> (Decl.CurrencyHeader) d).findFirst().orElseThrow();
            reporter.report(Code.E0103, header.code().span(), "currency `" + policy.get()
                    + "` differs from the currency of platform `" + profileId + "`, `" + profile.get() + "`",
                    "write `currency " + profile.get() + "`, or leave the line out");
        }
        return policy.or(() -> profile).orElse(FALLBACK);
    }
}
