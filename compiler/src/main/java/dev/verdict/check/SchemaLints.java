package dev.verdict.check;

import dev.verdict.ast.Action;
import dev.verdict.ast.Decl;
import dev.verdict.ast.Operand;
import dev.verdict.ast.SchemaDecl;
import dev.verdict.diag.SchemaDiagnostics;
import dev.verdict.diag.Suggestions;
import dev.verdict.schema.Field;
import dev.verdict.schema.Lints;
import dev.verdict.schema.OutcomeDef;
import dev.verdict.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a schema's risk-lint lines and its fallback, and builds its {@link Lints}:
 * {@code lint approvals [OUTCOMES] by FIELD} (W0404: those auto-approvals need an upper bound on
 * the field), {@code lint velocity [OUTCOMES] by [FIELDS]} (W0405: those refunds need a
 * condition on one of the fields first), and {@code otherwise OUTCOME} (the decision when no
 * rule fires). An extension adds to the lists, and its {@code otherwise} replaces the inherited.
 */
final class SchemaLints {

    private static final List<String> KINDS = List.of("approvals", "velocity");

    private final Schema fields;
    private final List<OutcomeDef> outcomes;
    private String boundedBy;
    private final List<String> approvals = new ArrayList<>();
    private final List<String> guarded = new ArrayList<>();
    private final List<String> velocityFields = new ArrayList<>();
    private String fallback;

    SchemaLints(Schema fields, List<OutcomeDef> outcomes) {
        this.fields = fields;
        this.outcomes = outcomes;
    }

    Lints check(List<SchemaFile> chain) {
        for (SchemaFile file : chain) {
            file.all(SchemaDecl.LintDef.class).forEach(def -> lint(def, file.reporter()));
            file.all(Decl.Otherwise.class).forEach(o -> fallback(o, file.reporter()));
        }
        return new Lints(boundedBy, approvals, guarded, velocityFields, fallback);
    }

    private void lint(SchemaDecl.LintDef def, Reporter reporter) {
        String kind = def.kind().text();
        if (!KINDS.contains(kind)) {
            String help = Suggestions.didYouMean(kind, KINDS);
            reporter.report(SchemaDiagnostics.invalidLint(def.kind().span(),
                    "unknown lint `" + kind + "`",
                    help != null ? help : "lints: `approvals` (W0404), `velocity` (W0405)"));
            return;
        }
        List<String> named = outcomeNames(def.outcomes(), reporter);
        List<String> by = fieldNames(def.by(), reporter);
        if (named == null || by == null) {
            return;
        }
        if (kind.equals("velocity")) {
            guarded.addAll(named);
            by.stream().filter(f -> !velocityFields.contains(f)).forEach(velocityFields::add);
            return;
        }
        if (by.size() != 1 || (boundedBy != null && !boundedBy.equals(by.get(0)))) {
            reporter.report(SchemaDiagnostics.invalidLint(def.by().span(),
                    "`lint approvals` is bounded by one field" + (boundedBy == null ? ""
                            : ", and this schema's is `" + boundedBy + "`"),
                    "write `by " + (boundedBy == null ? "amount" : boundedBy) + "`"));
            return;
        }
        boundedBy = by.get(0);
        approvals.addAll(named);
    }

    private List<String> outcomeNames(Operand.ListLit list, Reporter reporter) {
        List<String> known = outcomes.stream().map(OutcomeDef::name).toList();
        List<String> names = new ArrayList<>();
        for (Operand item : list.items()) {
            String name = item instanceof Operand.PathRef ref ? ref.dotted() : null;
            if (name == null || !known.contains(name)) {
                String text = name == null ? "a literal" : "`" + name + "`";
                reporter.report(SchemaDiagnostics.invalidLint(item.span(),
                        "unknown outcome " + text + " in a lint",
                        name == null ? null : Suggestions.didYouMean(name, known)));
                return null;
            }
            names.add(name);
        }
        return names;
    }

    private List<String> fieldNames(Operand by, Reporter reporter) {
        List<Operand> items = by instanceof Operand.ListLit list ? list.items() : List.of(by);
        List<String> known = fields.fields().stream().map(Field::path).toList();
        List<String> names = new ArrayList<>();
        for (Operand item : items) {
            Optional<Field> field = item instanceof Operand.PathRef ref
                    ? fields.field(ref.dotted()) : Optional.empty();
            if (field.isEmpty() || !field.get().type().kind().isOrdered()) {
                String name = item instanceof Operand.PathRef ref ? ref.dotted() : "";
                String help = field.isPresent() ? "name a money, int, duration or percent field"
                        : Suggestions.didYouMean(name, known);
                reporter.report(SchemaDiagnostics.invalidLint(item.span(),
                        "a lint is satisfied by a field with ordered values, not `" + name + "`",
                        help));
                return null;
            }
            names.add(field.get().path());
        }
        return names;
    }

    private void fallback(Decl.Otherwise otherwise, Reporter reporter) {
        List<Action> then = otherwise.then();
        Action action = then.get(0);
        Optional<OutcomeDef> outcome = outcomes.stream()
                .filter(o -> o.name().equals(action.name().text())).findFirst();
        if (then.size() != 1 || action.parenthesised() || outcome.isEmpty()
                || !outcome.get().params().isEmpty() || !outcome.get().appliesAlways()) {
            reporter.report(SchemaDiagnostics.invalidOutcome(action.span(),
                    action.name().text(), "the fallback (`otherwise`) is one declared outcome "
                            + "that takes no arguments and applies to every request",
                    "write `otherwise manual_review`, with an outcome declared without `when`"));
            return;
        }
        fallback = outcome.get().name();
    }
}
