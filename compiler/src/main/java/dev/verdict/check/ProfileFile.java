package dev.verdict.check;

import dev.verdict.ast.Decl;
import dev.verdict.ast.Name;
import dev.verdict.ast.SchemaDecl;
import dev.verdict.ast.SourceFile;
import dev.verdict.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A policy's platform profile as parsed, its layout checked, reporting into the
 * policy's diagnostics under the profile's own file name. {@code directory}: where the
 * schema path it quotes is read from (null for a bundled profile).
 */
record ProfileFile(SourceFile file, boolean partial, Reporter reporter, List<Decl> decls,
                   Path directory) {

    static ProfileFile of(ProfileInput.Parsed parsed, Reporter policyReporter) {
        Reporter reporter = policyReporter.forFile(parsed.file().path());
        parsed.diagnostics().forEach(reporter::add);
        List<Decl> decls = new Layout(reporter, FileKind.PROFILE).check(parsed.file().decls());
        Duplicates.check(decls, reporter);
        return new ProfileFile(parsed.file(), parsed.hasErrors(), reporter, decls,
                parsed.directory());
    }

    /** The profile's {@code platform} id, else its file name without folders and extension. */
    String id() {
        return decls.stream().filter(d -> d instanceof Decl.PlatformHeader)
                .map(d -> ((Decl.PlatformHeader) d).ref().text()).findFirst()
                .orElse(Checker.stem(reporter.file()));
    }

    /** Its {@code schema} line's reference: the schema it constrains; empty: {@code aftersale}. */
    Optional<Name> schemaRef() {
        return decls.stream().filter(d -> d instanceof SchemaDecl.SchemaHeader)
                .map(d -> ((SchemaDecl.SchemaHeader) d).ref()).findFirst();
    }

    /** The names of its guards, which a policy's tests may name with {@code by}. */
    List<String> guardNames() {
        return decls.stream().filter(d -> d instanceof Decl.GuardDecl)
                .map(d -> ((Decl.GuardDecl) d).name().text()).toList();
    }

    CheckedProfile check(Schema schema, TypedLiterals policyValues, String currency) {
        Scope scope = new Scope(schema, reporter, policyValues.forReporter(reporter), LetLists.NONE,
                partial);
        return new ProfileChecker(scope).check(decls, id(), currency);
    }
}
