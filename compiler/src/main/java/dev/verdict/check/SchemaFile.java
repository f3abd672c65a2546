package dev.verdict.check;

import dev.verdict.ast.Decl;
import dev.verdict.ast.SchemaDecl;
import dev.verdict.syntax.ParseResult;
import dev.verdict.syntax.SourceParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One {@code .schema} file as read: parsed and its layout checked, reporting under its own file
 * name. {@code directory} is where the quoted paths it writes are read from (null: bundled).
 */
record SchemaFile(ParseResult parse, Reporter reporter, List<Decl> decls, Path directory) {

    static SchemaFile parse(SchemaSources.SchemaText text, Reporter namingReporter) {
        ParseResult parse = SourceParser.parse(text.displayPath(), text.text());
        Reporter reporter = namingReporter.forFile(text.displayPath());
        parse.diagnostics().forEach(reporter::add);
        List<Decl> decls = new Layout(reporter, FileKind.SCHEMA).check(parse.file().decls());
        return new SchemaFile(parse, reporter, decls, text.directory());
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
