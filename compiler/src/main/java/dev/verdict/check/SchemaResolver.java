package dev.verdict.check;

import dev.verdict.ast.Name;
import dev.verdict.ast.SchemaDecl;
import dev.verdict.ast.Span;
import dev.verdict.diag.CheckDiagnostics;
import dev.verdict.diag.Diagnostic;
import dev.verdict.diag.SchemaDiagnostics;
import dev.verdict.schema.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a schema reference as a policy, a profile or a schema writes it: a bundled name
 * ({@code schema order_review}) or a path in quotes, relative to the folder of the file that
 * names it ({@code schema "shop.schema"}). A schema file is read with the schemas it extends
 * and checked; its diagnostics are reported under its own file name, and its text is kept so
 * that they can be shown.
 */
final class SchemaResolver {

    private final Map<String, String> sources = new LinkedHashMap<>();
    private final SchemaLibrary library;

    SchemaResolver(SchemaLibrary library) {
        this.library = library;
    }

    /** The texts of the schema files read, by the name diagnostics give them. */
    Map<String, String> sources() {
        return sources;
    }

    /**
     * The schema {@code ref} names; {@code directory} (null: the current one) is where a quoted
     * path is read from. Empty after reporting why it cannot be had into {@code reporter}.
     */
    Optional<Schema> resolve(Name ref, Path directory, Reporter reporter) {
        if (!ref.quoted()) {
            return bundled(ref, reporter);
        }
        Reporter own = new Reporter(reporter.file());
        Optional<List<SchemaFile>> chain = chain(ref, directory, own, new HashSet<>());
        Optional<Schema> schema = chain.flatMap(files ->
                new SchemaChecker(files, library::bundled).check());
        own.diagnostics().forEach(reporter::add);
        return schema;
    }

    /** The schema {@code text} declares, with those it extends; empty after reporting. */
    Optional<Schema> read(SchemaText text, Reporter reporter) {
        Reporter own = new Reporter(reporter.file());
        Set<String> seen = new HashSet<>(Set.of(text.displayPath()));
        Optional<Schema> schema = withAncestors(text, own, seen)
                .flatMap(files -> new SchemaChecker(files, library::bundled).check());
        own.diagnostics().forEach(reporter::add);
        return schema;
    }

    /** The bundled schema named {@code name}, checked without a reporter (it has no errors). */
    static Schema bundled(String name, SchemaLibrary library) {
        Reporter own = new Reporter("bundled:" + name + ".schema");
        Name ref = new Name(name, false, new Span(1, 1, 1, 2));
        Optional<Schema> schema = new SchemaResolver(library).chain(ref, null, own, new HashSet<>())
                .flatMap(files -> new SchemaChecker(files, library::bundled).check());
        if (schema.isEmpty() || own.hasErrors()) {
            throw new IllegalStateException("bundled schema " + name + " has errors: "
                    + own.diagnostics().stream().map(Diagnostic::message).toList());
        }
        return schema.get();
    }

    private Optional<Schema> bundled(Name ref, Reporter reporter) {
        if (library.bundledNames().contains(ref.text())) {
            return library.bundled(ref.text());
        }
        reporter.report(SchemaDiagnostics.unknownSchema(ref.span(), ref.text(),
                library.bundledNames()));
        return Optional.empty();
    }

    /** The file {@code ref} names and those it extends, oldest first; empty after reporting. */
    private Optional<List<SchemaFile>> chain(Name ref, Path directory, Reporter reporter,
                                             Set<String> seen) {
        Optional<SchemaText> text = text(ref, directory, reporter);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!seen.add(text.get().displayPath())) {
            reporter.report(SchemaDiagnostics.cyclicSchema(ref.span(), ref.text()));
            return Optional.empty();
        }
        return withAncestors(text.get(), reporter, seen);
    }

    /** The file of {@code text} after the files it extends, oldest first. */
    private Optional<List<SchemaFile>> withAncestors(SchemaText text, Reporter reporter,
                                                     Set<String> seen) {
        sources.put(text.displayPath(), text.file().text());
        SchemaFile file = SchemaFile.of(text, reporter);
        Name parent = file.header().map(SchemaDecl.SchemaHeader::parent).orElse(null);
        if (parent == null) {
            return Optional.of(List.of(file));
        }
        return chain(parent, file.directory(), file.reporter(), seen).map(ancestors -> {
            List<SchemaFile> files = new ArrayList<>(ancestors);
            files.add(file);
            return files;
        });
    }

    private Optional<SchemaText> text(Name ref, Path directory, Reporter reporter) {
        if (!ref.quoted()) {
            if (library.bundledNames().contains(ref.text())) {
                return Optional.of(library.bundledText(ref.text()));
            }
            reporter.report(SchemaDiagnostics.unknownSchema(ref.span(), ref.text(),
                    library.bundledNames()));
            return Optional.empty();
        }
        if (directory == null && reporter.file().startsWith("bundled:")) {
            reporter.report(SchemaDiagnostics.unreadableSchema(ref.span(),
                    ref.text(), "a bundled schema extends only bundled schemas"));
            return Optional.empty();
        }
        try {
            return Optional.of(library.file(directory, ref.text(), reporter.file()));
        } catch (SchemaLibrary.Outside e) {
            reporter.report(CheckDiagnostics.outsideProject(ref.span(), "schema", ref.text(),
                    e.root()));
            return Optional.empty();
        } catch (SchemaLibrary.Unreadable e) {
            reporter.report(SchemaDiagnostics.unreadableSchema(ref.span(),
                    ref.text(), e.getMessage()));
            return Optional.empty();
        }
    }
}
