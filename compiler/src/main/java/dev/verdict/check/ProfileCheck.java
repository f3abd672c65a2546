package dev.verdict.check;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.schema.Schema;
import java.util.List;
import java.util.Map;

/**
 * A platform profile checked on its own, as {@code verdict check x.platform} does: parsed, its
 * layout, names and types checked as a policy naming it would check them, its currency its own
 * (else the schema's fallback). The result's policy, when there are no errors, is the profile
 * with no rules of its own: its guards, limits and settings, ready for the analysis.
 */
public final class ProfileCheck {

    private final Schema schema;

    public ProfileCheck(Schema schema) {
        this.schema = schema;
    }

    /** Checks a parsed profile; its syntax diagnostics are among the result's. */
    public CheckResult check(ProfileInput.Parsed parsed) {
        String path = parsed.file().path();
        Reporter reporter = new Reporter(path);
        ProfileFile file = ProfileFile.of(parsed, reporter);
        String currency = Currencies.declared(file.decls(), schema, reporter)
                .orElse(Currencies.FALLBACK);
        TypedLiterals values = new TypedLiterals(reporter, currency,
                schema.currencyDecimals().get(currency));
        CheckedProfile profile = file.check(schema, values, currency);
        Scope scope = new Scope(schema, reporter, values, LetLists.NONE,
                file.partial());
        CheckedPolicy policy = new PolicyLowering(scope)
                .lower(List.of(), profile, file.guardNames(), file.id());
        return new CheckResult(policy, reporter.diagnostics(),
                Map.of(path, parsed.file().text()));
    }
}
