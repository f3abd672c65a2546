package dev.verdict.source;

import dev.verdict.ast.Decl;
import dev.verdict.ast.SourceFile;
import dev.verdict.ast.Span;
import dev.verdict.check.ProfileInput;
import dev.verdict.diag.CheckDiagnostics;
import dev.verdict.diag.Diagnostic;
import dev.verdict.syntax.ParseResult;
import dev.verdict.syntax.SourceParser;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds, reads and parses a policy's platform profile for the checker: the one its
 * {@code platform} line names, else the caller's default ({@code --platform}). A profile that
 * cannot be had is E0209, at the {@code platform} line or, for the default, at the file's start.
 */
public final class Profiles {

    private static final Span FILE_START = new Span(1, 1, 1, 2);

    private Profiles() {
    }

    /** The bundled profiles' names, in index order. */
    public static List<String> bundledNames() {
        return SourceKind.PROFILE.bundledNames();
    }

    /**
     * The profile of {@code policy}. {@code defaultPlatform} (nullable) serves a policy that names
     * none: a bundled name or a path from the current folder; {@code directory} (null: the
     * current folder) is where the policy's quoted paths are read, and {@code tree} where they
     * may lead.
     */
    public static ProfileInput of(SourceFile policy, String defaultPlatform, Path directory,
                                  ProjectTree tree) {
        Optional<SourceRef> ref = reference(policy.decls(), defaultPlatform);
        if (ref.isEmpty()) {
            return new ProfileInput.None();
        }
        try {
            SourceText text =
                    SourceReader.read(SourceKind.PROFILE, ref.get(), directory, policy.path(),
                            tree);
            ParseResult parsed = SourceParser.parse(text.displayPath(), text.text());
            return new ProfileInput.Parsed(parsed.file(), parsed.diagnostics(),
                    folder(ref.get(), directory));
        } catch (SourceNotFound e) {
            return new ProfileInput.Unavailable(problem(ref.get(), e).inFile(policy.path()));
        }
    }

    /** The folder of the profile file {@code ref} names (null for a bundled profile). */
    private static Path folder(SourceRef ref, Path directory) {
        if (!ref.path()) {
            return null;
        }
        try {
            Path file = directory == null || ref.fromOption() ? Path.of(ref.text())
                    : directory.resolve(ref.text());
            return file.toAbsolutePath().getParent();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Optional<SourceRef> reference(List<Decl> decls, String defaultPlatform) {
        Optional<SourceRef> written = decls.stream()
                .filter(d -> d instanceof Decl.PlatformHeader)
                .map(d -> ((Decl.PlatformHeader) d).ref())
                .map(name -> new SourceRef(name.text(), name.quoted(), name.span()))
                .findFirst();
        if (written.isPresent() || defaultPlatform == null) {
            return written;
        }
        return Optional.of(SourceRef.option(defaultPlatform));
    }

    private static Diagnostic problem(SourceRef ref, SourceNotFound e) {
        Span span = ref.fromOption() ? FILE_START : ref.span();
        List<String> bundled = bundledNames();
        return switch (e.reason()) {
            case UNKNOWN_NAME ->
                    CheckDiagnostics.unknownProfile(span, e.reference(), bundled, ref.fromOption());
            case NO_SUCH_FILE ->
                    CheckDiagnostics.profileNotFound(span, e.reference(), bundled,
                            ref.fromOption());
            case UNREADABLE -> CheckDiagnostics.unreadableProfile(span, e.reference(), e.detail(),
                    ref.fromOption());
            case OUTSIDE -> CheckDiagnostics.outsideProject(span, "profile", e.reference(),
                    e.detail());
        };
    }
}
