package dev.verdict.check;

import dev.verdict.ast.Decl;
import dev.verdict.diag.Diagnostic;
import dev.verdict.schema.Field;
import dev.verdict.schema.OutcomeDef;
import dev.verdict.schema.Schema;
import dev.verdict.schema.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/**
 * The names one file may use: the schema's fields and settings, and the policy's {@code let}
 * lists (none in a profile), with the reporter and literal reader for that file.
 * {@code partial} says declarations were dropped for syntax errors, so a name they might have
 * defined is not reported as unknown.
 */
final class Scope {

    private final Schema schema;
    private final Reporter reporter;
    private final TypedLiterals values;
    private final LetLists lists;
    private final boolean partial;

    Scope(Schema schema, Reporter reporter, TypedLiterals values, LetLists lists, boolean partial) {
        this.schema = schema;
        this.reporter = reporter;
        this.values = values;
        this.lists = lists;
        this.partial = partial;
    }

    /** This scope with a reporter nobody reads: to ask whether a value would be accepted. */
    Scope quiet() {
        Reporter scratch = new Reporter(reporter.file());
        return new Scope(schema, scratch, values.forReporter(scratch), lists, partial);
    }

    Schema schema() {
        return schema;
    }

    Reporter reporter() {
        return reporter;
    }

    TypedLiterals values() {
        return values;
    }

    boolean partial() {
        return partial;
    }

    Optional<Field> field(String path) {
        return schema.field(path);
    }

    Optional<Setting> setting(String name) {
        return schema.setting(name);
    }

    LetLists lists() {
        return lists;
    }

    Optional<Decl.Let> list(String name) {
        return lists.get(name);
    }

    List<String> fieldNames() {
        return schema.fields().stream().map(Field::path).toList();
    }

    List<String> settingNames() {
        return schema.settings().stream().map(Setting::name).toList();
    }

    List<String> listNames() {
        return lists.names();
    }

    /** Field paths, and setting names when settings may be used here. */
    List<String> termNames(boolean settingsAllowed) {
        List<String> names = new ArrayList<>(fieldNames());
        if (settingsAllowed) {
            names.addAll(settingNames());
        }
        return names;
    }

    /** The enum field one of whose values is {@code name}, if any: to explain a misplaced value. */
    Optional<Field> enumFieldWithValue(String name) {
        return schema.fields().stream().filter(f -> f.type().ordinal(name) >= 0).findFirst();
    }

    void report(Diagnostic diagnostic) {
        reporter.report(diagnostic);
    }

    List<String> outcomeNames() {
        return schema.outcomes().stream().map(OutcomeDef::name).toList();
    }
}
