package dev.verdict.check;

import dev.verdict.ast.Decl;
import dev.verdict.ast.SchemaDecl;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One {@code .schema} file as parsed, its layout checked, reporting under its own file name.
 * {@code directory} is where the quoted paths it writes are read from (null: bundled).
 */
record SchemaFile(Reporter reporter, List<Decl> decls, Path directory) {

    static SchemaFile of(SchemaText text, Reporter namingReporter) {
        Reporter reporter = namingReporter.forFile(text.displayPath());
        text.diagnostics().forEach(reporter::add);
        List<Decl> decls = new Layout(reporter, FileKind.SCHEMA).check(text.file().decls());
        return new SchemaFile(reporter, decls, text.directory());
    }

    /** Its {@code schema NAME [extends PARENT]} line, if it has one. */
    Optional<SchemaDecl.SchemaHeader> header() {
        return decls.stream().filter(d -> d instanceof SchemaDecl.SchemaHeader)
                .map(d -> (SchemaDecl.SchemaHeader) d).findFirst();
    }

    /** Its declarations of one kind, in file order. */
    <T> List<T> all(Class<T> kind) {
        return decls.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
