package dev.verdict.check;

import dev.verdict.ast.Decl;
import dev.verdict.ast.Name;
import dev.verdict.ast.SchemaDecl;
import dev.verdict.ast.SourceFile;
import dev.verdict.ast.Span;
import dev.verdict.diag.Code;
import dev.verdict.diag.SchemaDiagnostics;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.schema.Schema;
import dev.verdict.syntax.ParseResult;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checker: a parsed policy, against its schema and platform profile, to a
 * {@link CheckedPolicy} and diagnostics (SPEC §1-§8, §10). It loads the schema the policy names
 * ({@code schema order_review}: bundled; {@code schema "x.schema"}: a file beside the policy;
 * none: the default schema) and the profile it names ({@code platform tiktok_us}, or
 * {@code platform "x.platform"}), checks the profile with the same machinery, then the policy.
 * A profile constrains one schema and those that extend it (E0608 otherwise).
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

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Span FILE_START = new Span(1, 1, 1, 2);

    private final Schema defaultSchema;

    /** A checker for policies; {@code defaultSchema} serves those that name no schema. */
    public Checker(Schema defaultSchema) {
        this.defaultSchema = defaultSchema;
    }

    /**
     * Checks {@code parsed}. {@code directory} is where a quoted profile path is read from (null:
     * the current directory); {@code defaultPlatform}, when not null, serves a policy that names
     * no platform: a bundled name, or a path read from the current directory.
     */
    public CheckResult check(ParseResult parsed, Path directory, String defaultPlatform) {
        SourceFile file = parsed.file();
        Reporter reporter = new Reporter(file.path());
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put(file.path(), file.text());
        List<Decl> decls = new Layout(reporter, FileKind.POLICY).check(file.decls());
        Duplicates.check(decls, reporter);
        SchemaResolver schemas = new SchemaResolver();
        Optional<Schema> chosen = schemaOf(decls, directory, reporter, schemas);
        sources.putAll(schemas.sources());
        if (chosen.isEmpty()) {
            return new CheckResult(null, reporter.diagnostics(), sources);
        }
        Schema schema = chosen.get();
        Optional<ProfileFile> profileFile = profileText(decls, file.path(), directory,
                defaultPlatform, reporter, parsed.hasErrors(), schema)
                .map(text -> ProfileFile.parse(text, reporter))
                .filter(profile -> constrains(profile, schema, decls, schemas, reporter,
                        profileDirectory(decls, directory, defaultPlatform)));
        profileFile.ifPresent(p -> sources.put(p.reporter().file(), p.parse().file().text()));
        sources.putAll(schemas.sources());

        Optional<String> profileCurrency =
                profileFile.flatMap(p -> Currencies.declared(p.decls(), schema, p.reporter()));
        String currency = Currencies.resolve(decls, Currencies.declared(decls, schema, reporter),
                profileCurrency, profileFile.map(ProfileFile::id).orElse(null), reporter);
        TypedLiterals values =
                new TypedLiterals(reporter, currency, schema.currencyDecimals().get(currency));
        CheckedProfile profile = profileFile
                .map(p -> p.check(schema, values, profileCurrency.orElse(currency)))
                .orElse(null);

        Scope scope = new Scope(schema, reporter, values, new LetLists(lists(decls)),
                parsed.hasErrors());
        List<String> guardNames = profileFile.map(ProfileFile::guardNames).orElse(List.of());
        CheckedPolicy policy = new PolicyLowering(scope)
                .lower(decls, profile, guardNames, displayName(decls, file.path()));
        return new CheckResult(policy, reporter.diagnostics(), sources);
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
                                      SchemaResolver schemas, Reporter reporter,
                                      Path profileDirectory) {
        Optional<Name> ref = profile.schemaRef();
        String name = ref.isEmpty() ? "aftersale" : !ref.get().quoted() ? ref.get().text()
                : schemas.resolve(ref.get(), profileDirectory, profile.reporter())
                        .map(Schema::name).orElse(null);
        if (name == null || schema.isOrExtends(name)) {
            return name != null;
        }
        Span at = decls.stream().filter(d -> d instanceof Decl.PlatformHeader)
                .map(d -> ((Decl.PlatformHeader) d).ref().span()).findFirst().orElse(FILE_START);
        reporter.add(SchemaDiagnostics.profileForOtherSchema(reporter.file(), at, profile.id(),
                name, schema.name()));
        return false;
    }

    /** The folder of the profile file the policy names (null for a bundled one). */
    private static Path profileDirectory(List<Decl> decls, Path directory,
                                         String defaultPlatform) {
        Optional<Name> ref = decls.stream().filter(d -> d instanceof Decl.PlatformHeader)
                .map(d -> ((Decl.PlatformHeader) d).ref()).findFirst();
        String path = ref.map(r -> r.quoted() ? r.text() : null).orElse(
                ref.isEmpty() && defaultPlatform != null
                        && !IDENTIFIER.matcher(defaultPlatform).matches() ? defaultPlatform : null);
        if (path == null) {
            return null;
        }
        try {
            Path file = directory == null || ref.isEmpty() ? Path.of(path)
                    : directory.resolve(path);
            return file.toAbsolutePath().getParent();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private Optional<ProfileLoader.ProfileText> profileText(List<Decl> decls, String policyPath,
            Path directory, String defaultPlatform, Reporter reporter, boolean partial,
            Schema schema) {
        Optional<Name> ref = decls.stream().filter(d -> d instanceof Decl.PlatformHeader)
                .map(d -> ((Decl.PlatformHeader) d).ref()).findFirst();
        try {
            if (ref.isPresent()) {
                return Optional.of(ref.get().quoted()
                        ? file(directory, ref.get().text(), sibling(policyPath, ref.get().text()))
                        : ProfileLoader.bundled(ref.get().text()));
            }
            if (defaultPlatform != null) {
                return Optional.of(IDENTIFIER.matcher(defaultPlatform).matches()
                        ? ProfileLoader.bundled(defaultPlatform)
                        : file(null, defaultPlatform, defaultPlatform));
            }
        } catch (ProfileLoader.NotFound e) {
            reporter.report(Code.E0209, ref.map(Name::span).orElse(FILE_START),
                    e.getMessage() + (ref.isPresent() ? "" : " (the default platform)"), e.help());
            return Optional.empty();
        }
        List<String> profiles = ProfileLoader.bundledFor(schema::isOrExtends);
        if (!partial && !profiles.isEmpty()) {
            reporter.report(Code.W0406, FILE_START,
                    "no platform profile: platform rules were not checked",
                    "add `platform " + profiles.get(0) + "` or pass `--platform`");
        }
        return Optional.empty();
    }

    private static ProfileLoader.ProfileText file(Path directory, String ref, String displayPath)
            throws ProfileLoader.NotFound {
        try {
            Path path = directory == null ? Path.of(ref) : directory.resolve(ref);
            return ProfileLoader.file(path, displayPath);
        } catch (InvalidPathException e) {
            String message = "cannot read profile `" + ref + "`: not a valid path";
            throw new ProfileLoader.NotFound(message, null);
        }
    }

    /** How diagnostics name a profile written beside the policy: relative to the policy's path. */
    private static String sibling(String policyPath, String ref) {
        try {
            return Path.of(policyPath).resolveSibling(ref).normalize().toString();
        } catch (InvalidPathException e) {
            return ref;
        }
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
