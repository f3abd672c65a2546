package dev.verdict.check;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.schema.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A platform profile checked on its own, as {@code verdict check x.platform} does: parsed, its
 * layout, names and types checked as a policy naming it would check them, against the schema
 * its {@code schema} line names (else the default schema), its currency its own (else the
 * schema's fallback). The result's policy, when there are no errors, is the profile with no
 * rules of its own: its guards, limits and settings, ready for the analysis.
 */
public final class ProfileCheck {

    private final Schema defaultSchema;
    private final SchemaLibrary library;

    /** {@code defaultSchema} serves profiles that name none; {@code library} the others. */
    public ProfileCheck(Schema defaultSchema, SchemaLibrary library) {
        this.defaultSchema = defaultSchema;
        this.library = library;
    }

    /** Checks a parsed profile; its syntax diagnostics are among the result's. */
    public CheckResult check(ProfileInput.Parsed parsed) {
        String path = parsed.file().path();
        Reporter reporter = new Reporter(path);
        ProfileFile file = ProfileFile.of(parsed, reporter);
        SchemaResolver resolver = new SchemaResolver(library);
        Optional<Schema> named = file.schemaRef().isEmpty() ? Optional.of(defaultSchema)
                : resolver.resolve(file.schemaRef().get(), parsed.directory(), file.reporter());
        Map<String, String> sources = new LinkedHashMap<>(resolver.sources());
        sources.put(path, parsed.file().text());
        if (named.isEmpty()) {
            return new CheckResult(null, reporter.diagnostics(), sources);
        }
        Schema schema = named.get();
        String currency = Currencies.declared(file.decls(), schema, reporter)
                .orElse(Currencies.FALLBACK);
        TypedLiterals values = new TypedLiterals(reporter, currency,
                schema.currencyDecimals().get(currency));
        CheckedProfile profile = file.check(schema, values, currency);
        Scope scope = new Scope(schema, reporter, values, LetLists.NONE,
                file.partial());
        CheckedPolicy policy = new PolicyLowering(scope)
                .lower(List.of(), profile, file.guardNames(), file.id());
        return new CheckResult(policy, reporter.diagnostics(), sources);
    }
}
