package dev.verdict.check;

import dev.verdict.ast.Decl;
import dev.verdict.ast.SourceFile;
import dev.verdict.ast.Span;
import dev.verdict.diag.AnalysisDiagnostics;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.schema.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;



/**
 * The checker: a parsed policy, against its schema and platform profile, to a
 * {@link CheckedPolicy} and diagnostics (SPEC §1-§8, §10). It reads no files: the pipeline
 * finds and parses the profile the policy names ({@link ProfileInput}); the checker checks it
 * with the same machinery, then checks the policy.
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

    private final Schema schema;

    public Checker(Schema schema) {
        this.schema = schema;
    }

    /**
     * Checks {@code policy} with its {@code profile}. {@code partial}: the policy had syntax
     * errors, so names its dropped declarations may have defined are not reported missing.
     */
    public CheckResult check(SourceFile policy, boolean partial, ProfileInput profile) {
        Reporter reporter = new Reporter(policy.path());
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put(policy.path(), policy.text());
        List<Decl> decls = new Layout(reporter, FileKind.POLICY).check(policy.decls());
        Duplicates.check(decls, reporter);
        Optional<ProfileFile> profileFile = profileFile(profile, reporter, partial);
        profileFile.ifPresent(p -> sources.put(p.reporter().file(), p.file().text()));

        Optional<String> profileCurrency =
                profileFile.flatMap(p -> Currencies.declared(p.decls(), schema, p.reporter()));
        String currency = Currencies.resolve(decls, Currencies.declared(decls, schema, reporter),
                profileCurrency, profileFile.map(ProfileFile::id).orElse(null), reporter);
        TypedLiterals values = new TypedLiterals(reporter, currency, schema.currencyDecimals()
                .get(currency));
        CheckedProfile checkedProfile = profileFile
                .map(p -> p.check(schema, values, profileCurrency.orElse(currency)))
                .orElse(null);

        Scope scope = new Scope(schema, reporter, values, new LetLists(lists(decls)), partial);
        List<String> guardNames = profileFile.map(ProfileFile::guardNames).orElse(List.of());
        CheckedPolicy checked = new PolicyLowering(scope)
                .lower(decls, checkedProfile, guardNames, displayName(decls, policy.path()));
        return new CheckResult(checked, reporter.diagnostics(), sources);
    }

    private static Optional<ProfileFile> profileFile(ProfileInput profile, Reporter reporter,
                                                     boolean partial) {
        if (profile instanceof ProfileInput.Parsed parsed) {
            return Optional.of(ProfileFile.of(parsed, reporter));
        }
        if (profile instanceof ProfileInput.Unavailable unavailable) {
            reporter.add(unavailable.problem());
        } else if (!(profile instanceof ProfileInput.None)) {
            throw new AssertionError("unhandled " + profile.getClass());
        } else if (!partial) {
            reporter.report(AnalysisDiagnostics.noProfile(FILE_START));
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
