package dev.verdict.check;

import dev.verdict.ast.Decl;
import dev.verdict.ast.SchemaDecl;
import dev.verdict.ast.Span;
import dev.verdict.diag.SchemaDiagnostics;
import dev.verdict.schema.Field;
import dev.verdict.schema.Lints;
import dev.verdict.schema.ObligationDef;
import dev.verdict.schema.OutcomeDef;
import dev.verdict.schema.Param;
import dev.verdict.schema.Passthrough;
import dev.verdict.schema.Schema;
import dev.verdict.schema.Setting;
import dev.verdict.schema.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a {@code .schema} file together with the schemas it extends, and builds its
 * {@link Schema}. The files are read oldest ancestor first: an extension adds fields, enum
 * values, settings, outcomes, obligations, currencies and lint entries to what it extends, and
 * its {@code otherwise} replaces the inherited fallback. Problems are E06xx diagnostics in the
 * file that has them (see {@link SchemaDiagnostics}); outcome conditions are checked as policy
 * conditions are.
 */
final class SchemaChecker {

    private final List<SchemaFile> chain;
    private final SchemaTypes types;
    private final List<Field> fields = new ArrayList<>();
    private final SchemaNames fieldNames = new SchemaNames("field");
    private final List<Passthrough> passthrough = new ArrayList<>();
    private final List<Setting> settings = new ArrayList<>();
    private final List<ObligationDef> obligations = new ArrayList<>();
    private final Map<String, Integer> currencies = new LinkedHashMap<>();
    private boolean failed;

    /** {@code chain}: the schema and its ancestors, oldest first. */
    SchemaChecker(List<SchemaFile> chain, Function<String, Optional<Schema>> bundled) {
        this.chain = List.copyOf(chain);
        this.types = new SchemaTypes(bundled);
    }

    /** The schema, or empty when a file of the chain has errors (they are reported). */
    Optional<Schema> check() {
        chain.forEach(file -> file.all(SchemaDecl.EnumDef.class)
                .forEach(def -> types.declare(def, file.reporter())));
        SchemaNames currencyCodes = new SchemaNames("currency");
        SchemaNames settingNames = new SchemaNames("setting");
        SchemaNames obligationNames = new SchemaNames("obligation");
        for (SchemaFile file : chain) {
            Reporter reporter = file.reporter();
            file.all(SchemaDecl.CurrencyDef.class).forEach(c -> {
                if (currencyCodes.add(c.code().text(), c.code().span(), reporter)) {
                    currencies.put(c.code().text(), c.decimals());
                }
            });
            file.all(SchemaDecl.FieldDef.class).forEach(def -> field(def, reporter));
            file.all(SchemaDecl.PassthroughDef.class).forEach(def -> passthrough(def, reporter));
            file.all(SchemaDecl.SettingDef.class).forEach(def -> {
                if (settingNames.add(def.name().text(), def.name().span(), reporter)) {
                    setting(def, reporter);
                }
            });
            file.all(SchemaDecl.ObligationDef.class).forEach(def -> {
                if (obligationNames.add(def.name().text(), def.name().span(), reporter)) {
                    obligation(def, reporter);
                }
            });
        }
        Schema withFields = assemble(null, List.of(), List.of(), Lints.NONE);
        SchemaOutcomes outcomes = new SchemaOutcomes(withFields, types);
        chain.forEach(file -> file.all(SchemaDecl.OutcomeDef.class)
                .forEach(def -> outcomes.declare(def, file.reporter())));
        Lints lints = new SchemaLints(withFields, outcomes.declared()).check(chain);
        complete(outcomes.declared().isEmpty(), outcomes.failed(), lints);
        if (failed || outcomes.failed() || chain.stream().anyMatch(f -> f.reporter().hasErrors())) {
            return Optional.empty();
        }
        return Optional.of(assemble(outcomes.amountField(), settings, outcomes.declared(), lints));
    }

    private void field(SchemaDecl.FieldDef def, Reporter reporter) {
        Type type = types.resolve(def.type(), reporter);
        String path = def.path().dotted();
        if (fieldNames.add(path, def.path().span(), reporter) && type != null) {
            fields.add(new Field(fields.size(), path, type, def.optional(), doc(def.doc())));
        }
    }

    private void passthrough(SchemaDecl.PassthroughDef def, Reporter reporter) {
        if (fieldNames.add(def.path().dotted(), def.path().span(), reporter)) {
            passthrough.add(new Passthrough(def.path().dotted(), doc(def.doc())));
        }
    }

    private void setting(SchemaDecl.SettingDef def, Reporter reporter) {
        Type type = types.resolve(def.type(), reporter);
        if (type == null) {
            return;
        }
        if (def.defaultValue() != null && !TypedLiterals.fits(def.defaultValue(), type.kind())) {
            reporter.report(SchemaDiagnostics.defaultOfWrongType(def.defaultValue().span(),
                    def.name().text(), type.kind().word()));
            return;
        }
        settings.add(new Setting(settings.size(), def.name().text(), type, doc(def.doc()),
                def.defaultValue(), reporter.file()));
    }

    private void obligation(SchemaDecl.ObligationDef def, Reporter reporter) {
        List<Param> params = new ArrayList<>();
        for (SchemaDecl.ParamDef param : def.params()) {
            Type type = types.resolve(param.type(), reporter);
            if (type == null) {
                return;
            }
            params.add(new Param(param.name().text(), type));
        }
        obligations.add(new ObligationDef(def.name().text(), params, doc(def.doc())));
    }

    /**
     * E0607 for what every schema needs: a name, a currency, an outcome, a fallback. When an
     * outcome has errors of its own ({@code outcomesFailed}), the last two are not judged.
     */
    private void complete(boolean noOutcomes, boolean outcomesFailed, Lints lints) {
        SchemaFile own = chain.get(chain.size() - 1);
        Span start = new Span(1, 1, 1, 2);
        if (own.header().isEmpty()) {
            missing(own, start, "the schema has no `schema NAME` line", "start it with `schema "
                    + Checker.stem(own.reporter().file()) + "`");
        } else if (currencies.isEmpty()) {
            missing(own, start, "the schema declares no currency", "add `currency USD 2`");
        } else if (outcomesFailed) {
            return;
        } else if (noOutcomes) {
            missing(own, start, "the schema declares no outcome",
                    "add `outcome manual_review \"hold for a person\"`");
        } else if (lints.fallback() == null) {
            missing(own, start, "the schema has no fallback outcome",
                    "add `otherwise manual_review`: the decision when no rule fires");
        }
    }

    private void missing(SchemaFile file, Span span, String problem, String help) {
        file.reporter().report(SchemaDiagnostics.incomplete(span, problem,
                help));
        failed = true;
    }

    private Schema assemble(String amountField, List<Setting> withSettings,
                            List<OutcomeDef> outcomes, Lints lints) {
        List<String> lineage = new ArrayList<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            chain.get(i).header().ifPresent(h -> lineage.add(h.ref().text()));
        }
        if (lineage.isEmpty()) {
            lineage.add(Checker.stem(chain.get(chain.size() - 1).reporter().file()));
        }
        String doc = chain.get(chain.size() - 1).header()
                .map(h -> h.doc() == null ? "" : h.doc().value()).orElse("");
        return new Schema(lineage, doc, types.enumTypes(), amountField, fields, passthrough,
                withSettings, outcomes, obligations, lints, currencies);
    }

    static String doc(dev.verdict.ast.Operand.StringLit doc) {
        return doc == null ? "" : doc.value();
    }

    /** The file's {@code otherwise} outcome name, if it writes one. */
    static Optional<Decl.Otherwise> fallback(SchemaFile file) {
        return file.all(Decl.Otherwise.class).stream().findFirst();
    }
}
