package dev.verdict.check;

import dev.verdict.ast.Cond;
import dev.verdict.ast.Operand;
import dev.verdict.ast.SchemaDecl;
import dev.verdict.diag.SchemaDiagnostics;
import dev.verdict.ir.Expr;
import dev.verdict.schema.Field;
import dev.verdict.schema.Kind;
import dev.verdict.schema.OutcomeDef;
import dev.verdict.schema.Param;
import dev.verdict.schema.Refund;
import dev.verdict.schema.Schema;
import dev.verdict.schema.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a schema's {@code outcome} lines: their parameters, their applicability condition (a
 * condition of the language over the schema's fields, with no settings and no money literals,
 * since a schema has no currency) and the money they refund (one money field of the schema,
 * all of it or the outcome's one percentage parameter of it).
 */
final class SchemaOutcomes {

    private final Schema fields;
    private final SchemaTypes types;
    private final SchemaNames names = new SchemaNames("outcome");
    private final List<OutcomeDef> declared = new ArrayList<>();
    private String amountField;
    private boolean failed;

    /** {@code fields}: the schema being checked, with its fields but no outcomes yet. */
    SchemaOutcomes(Schema fields, SchemaTypes types) {
        this.fields = fields;
        this.types = types;
    }

    void declare(SchemaDecl.OutcomeDef def, Reporter reporter) {
        if (!names.add(def.name().text(), def.name().span(), reporter)) {
            return;
        }
        List<Param> params = new ArrayList<>();
        for (SchemaDecl.ParamDef param : def.params()) {
            Type type = types.resolve(param.type(), reporter);
            if (type == null) {
                failed = true;
                return;
            }
            params.add(new Param(param.name().text(), type));
        }
        Expr applies = def.when() == null ? Expr.TRUE : applies(def, reporter);
        Refund refund = def.refunds() == null ? Refund.NONE : refund(def, params, reporter);
        if (applies == null || refund == null) {
            failed = true;
            return;
        }
        declared.add(new OutcomeDef(declared.size(), def.name().text(), params,
                Applicability.of(applies), def.approval(), refund, SchemaChecker.doc(def.doc())));
    }

    List<OutcomeDef> declared() {
        return declared;
    }

    /** The money field the outcomes refund; null when none refunds. */
    String amountField() {
        return amountField;
    }

    boolean failed() {
        return failed;
    }

    private Expr applies(SchemaDecl.OutcomeDef def, Reporter reporter) {
        Optional<Operand> money = moneyLiteral(def.when());
        if (money.isPresent()) {
            reporter.report(SchemaDiagnostics.invalidOutcome(money.get().span(),
                    def.name().text(), "its condition compares money with a literal",
                    "a schema has no currency: compare money fields with each other"));
            return null;
        }
        Scope scope = new Scope(fields, reporter, new TypedLiterals(reporter, "USD", 2),
                LetLists.NONE, false);
        return new ConditionLowering(scope, null).lower(def.when());
    }

    /** A number compared with a money field in {@code cond}, if there is one. */
    private Optional<Operand> moneyLiteral(Cond cond) {
        List<Operand> rights = new ArrayList<>();
        String left = null;
        if (cond instanceof Cond.And and) {
            return and.operands().stream().map(this::moneyLiteral).flatMap(Optional::stream)
                    .findFirst();
        } else if (cond instanceof Cond.Or or) {
            return or.operands().stream().map(this::moneyLiteral).flatMap(Optional::stream)
                    .findFirst();
        } else if (cond instanceof Cond.Not not) {
            return moneyLiteral(not.operand());
        } else if (cond instanceof Cond.Compare c) {
            left = c.left().dotted();
            rights.add(c.right());
        } else if (cond instanceof Cond.Between b) {
            left = b.left().dotted();
            rights.addAll(List.of(b.low(), b.high()));
        } else if (cond instanceof Cond.In in) {
            left = in.left().dotted();
            if (in.list() instanceof Operand.ListLit list) {
                rights.addAll(list.items());
            }
        }
        boolean money = left != null && fields.field(left)
                .filter(f -> f.type().kind() == Kind.MONEY).isPresent();
        return money ? rights.stream().filter(r -> r instanceof Operand.NumberLit).findFirst()
                : Optional.empty();
    }

    private Refund refund(SchemaDecl.OutcomeDef def, List<Param> params, Reporter reporter) {
        SchemaDecl.Refunds refunds = def.refunds();
        String outcome = def.name().text();
        String path = refunds.field().dotted();
        Optional<Field> field = fields.field(path).filter(f -> f.type().kind() == Kind.MONEY);
        if (field.isEmpty()) {
            reporter.report(SchemaDiagnostics.invalidOutcome(refunds.field().span(),
                    outcome, "it refunds `" + path + "`, which is not a money field",
                    "name the money field the outcome pays back, such as `amount`"));
            return null;
        }
        if (amountField != null && !amountField.equals(path)) {
            reporter.report(SchemaDiagnostics.invalidOutcome(refunds.field().span(),
                    outcome, "it refunds `" + path + "`, but other outcomes refund `"
                            + amountField + "`", "a schema's outcomes refund one money field"));
            return null;
        }
        amountField = path;
        if (refunds.percent() == null) {
            return Refund.AMOUNT;
        }
        String percent = refunds.percent().dotted();
        long percents = params.stream().filter(p -> p.type().kind() == Kind.PERCENT).count();
        boolean isPercent = params.stream().anyMatch(p -> p.name().equals(percent)
                && p.type().kind() == Kind.PERCENT);
        if (!isPercent || percents != 1) {
            reporter.report(SchemaDiagnostics.invalidOutcome(refunds.percent().span(), outcome,
                    "`" + percent + "` is not the outcome's one `percent` parameter",
                    "write `outcome " + outcome + "(" + percent + ": percent) ... refunds "
                            + percent + " of " + path + "`"));
            return null;
        }
        return Refund.PERCENT_OF_AMOUNT;
    }
}
