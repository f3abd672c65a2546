package dev.verdict.check;

import dev.verdict.ast.Decl;
import dev.verdict.ast.Name;
import dev.verdict.ast.SchemaDecl;
import dev.verdict.ast.SourceFile;
import dev.verdict.ast.Span;
import dev.verdict.diag.AnalysisDiagnostics;
import dev.verdict.diag.SchemaDiagnostics;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.schema.Schema;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checker: a parsed policy, against its schema and platform profile, to a
 * {@link CheckedPolicy} and diagnostics (SPEC §1-§8, §10). It reads no files: the schema the
 * policy names ({@code schema order_review}: bundled; {@code schema "x.schema"}: a file beside
 * the policy; none: the default schema) comes through a {@link SchemaLibrary}, and the pipeline
 * finds and parses the profile the policy names ({@link ProfileInput}); the checker checks the
 * profile with the same machinery, then the policy. A profile constrains one schema and those
 * that extend it (E0608 otherwise).
 *
 * <p>Choices the SPEC leaves open: a header ({@code policy}, {@code platform}, {@code currency})
 * after another declaration is E0211 "header ... must come before ..."; {@code otherwise} must
 * use an outcome that applies to every request type (E0208); a limit written with {@code =} or
 * {@code !=} is E0101; a policy {@code currency} other than its platform's is E0103. When the
 * file had syntax errors, names a dropped declaration may have defined ({@code let} lists, rule
 * names after {@code by}, the {@code platform} line) are not reported missing, so one mistake
 * yields one diagnostic.
 */
public final class Checker {

    private static final Span FILE_START = new Span(1, 1, 1, 2);

    private final Schema defaultSchema;
    private final SchemaLibrary library;

    /**
     * A checker for policies; {@code defaultSchema} serves those that name no schema, and
     * {@code library} gives the schemas they name.
     */
    public Checker(Schema defaultSchema, SchemaLibrary library) {
        this.defaultSchema = defaultSchema;
        this.library = library;
    }

    /**
     * Checks {@code policy} with its {@code profile}. {@code partial}: the policy had syntax
     * errors, so names its dropped declarations may have defined are not reported missing;
     * {@code directory} (null: the current folder) is where its quoted schema path is read.
     */
    public CheckResult check(SourceFile policy, boolean partial, ProfileInput profile,
                             Path directory) {
        Reporter reporter = new Reporter(policy.path());
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put(policy.path(), policy.text());
        List<Decl> decls = new Layout(reporter, FileKind.POLICY).check(policy.decls());
        Duplicates.check(decls, reporter);
        SchemaResolver schemas = new SchemaResolver(library);
        Optional<Schema> chosen = schemaOf(decls, directory, reporter, schemas);
        sources.putAll(schemas.sources());
        if (chosen.isEmpty()) {
            return new CheckResult(null, reporter.diagnostics(), sources);
        }
        Schema schema = chosen.get();
        Optional<ProfileFile> profileFile = profileFile(profile, reporter, partial, schema)
                .filter(p -> constrains(p, schema, decls, schemas, reporter));
        profileFile.ifPresent(p -> sources.put(p.reporter().file(), p.file().text()));
        sources.putAll(schemas.sources());

        Optional<String> profileCurrency =
                profileFile.flatMap(p -> Currencies.declared(p.decls(), schema, p.reporter()));
        String currency = Currencies.resolve(decls, Currencies.declared(decls, schema, reporter),
                profileCurrency, profileFile.map(ProfileFile::id).orElse(null), reporter);
        TypedLiterals values =
                new TypedLiterals(reporter, currency, schema.currencyDecimals().get(currency));
        CheckedProfile checkedProfile = profileFile
                .map(p -> p.check(schema, values, profileCurrency.orElse(currency)))
                .orElse(null);

        Scope scope = new Scope(schema, reporter, values, new LetLists(lists(decls)), partial);
        List<String> guardNames = profileFile.map(ProfileFile::guardNames).orElse(List.of());
        CheckedPolicy checked = new PolicyLowering(scope)
                .lower(decls, checkedProfile, guardNames, displayName(decls, policy.path()));
        return new CheckResult(checked, reporter.diagnostics(), sources);
    }

    /** The schema the policy names with {@code schema}, else the default one. */
    private Optional<Schema> schemaOf(List<Decl> decls, Path directory, Reporter reporter,
                                      SchemaResolver schemas) {
        return decls.stream().filter(d -> d instanceof SchemaDecl.SchemaHeader)
                .map(d -> ((SchemaDecl.SchemaHeader) d).ref()).findFirst()
                .map(ref -> schemas.resolve(ref, directory, reporter))
                .orElse(Optional.of(defaultSchema));
    }

    /**
     * Whether the profile constrains the policy's schema (or one it extends): a profile names
     * its schema with {@code schema}, else it is for {@code aftersale}. If not, E0608.
     */
    private static boolean constrains(ProfileFile profile, Schema schema, List<Decl> decls,
                                      SchemaResolver schemas, Reporter reporter) {
        Optional<Name> ref = profile.schemaRef();
        String name = ref.isEmpty() ? "aftersale" : !ref.get().quoted() ? ref.get().text()
                : schemas.resolve(ref.get(), profile.directory(), profile.reporter())
                        .map(Schema::name).orElse(null);
        if (name == null || schema.isOrExtends(name)) {
            return name != null;
        }
        Span at = decls.stream().filter(d -> d instanceof Decl.PlatformHeader)
                .map(d -> ((Decl.PlatformHeader) d).ref().span()).findFirst().orElse(FILE_START);
        reporter.report(SchemaDiagnostics.profileForOtherSchema(at, profile.id(),
                name, schema.name()));
        return false;
    }

    /**
     * The profile, layout-checked; else its E0209, or W0406 when the policy names none and
     * bundled profiles for its schema exist.
     */
    private Optional<ProfileFile> profileFile(ProfileInput profile, Reporter reporter,
                                              boolean partial, Schema schema) {
        if (profile instanceof ProfileInput.Parsed parsed) {
            return Optional.of(ProfileFile.of(parsed, reporter));
        }
        if (profile instanceof ProfileInput.Unavailable unavailable) {
            reporter.add(unavailable.problem());
        } else if (!(profile instanceof ProfileInput.None)) {
            throw new AssertionError("unhandled " + profile.getClass());
        } else if (!partial) {
            List<String> profiles = library.profilesFor(schema::isOrExtends);
            if (!profiles.isEmpty()) {
                reporter.report(AnalysisDiagnostics.noProfile(FILE_START, profiles.get(0)));
            }
        }
        return Optional.empty();
    }

    private static Map<String, Decl.Let> lists(List<Decl> decls) {
        Map<String, Decl.Let> lists = new LinkedHashMap<>();
        decls.stream().filter(d -> d instanceof Decl.Let).map(d -> (Decl.Let) d)
                .forEach(let -> lists.putIfAbsent(let.name().text(), let));
        return lists;
    }

    private static String displayName(List<Decl> decls, String path) {
        return decls.stream().filter(d -> d instanceof Decl.PolicyHeader)
                .map(d -> ((Decl.PolicyHeader) d).displayName().value()).findFirst()
                .orElse(stem(path));
    }

    /** A file name without folders and extension: {@code strict} for {@code a/strict.platform}. */
    static String stem(String path) {
        String name = path;
        for (char separator : new char[] {'/', '\\', ':'}) {
            name = name.substring(name.lastIndexOf(separator) + 1);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
