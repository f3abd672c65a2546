package dev.verdict.analysis;

import dev.verdict.ast.CompareOp;
import dev.verdict.ast.Span;
import dev.verdict.ir.Arg;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.OutcomeCall;
import dev.verdict.ir.Profile;
import dev.verdict.ir.Rule;
import dev.verdict.ir.SettingPlan;
import dev.verdict.ir.Term;
import dev.verdict.runtime.Source;
import dev.verdict.schema.Field;
import dev.verdict.schema.Schema;
import dev.verdict.source.Schemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Hand-built checked policies for tests: conditions, rules and policies over a schema. */
final class Ir {

    static final Schema TINY = load("/analysis/tiny.schema");
    static final Schema DATED = load("/analysis/tiny_dated.schema");

    private final Schema schema;

    Ir(Schema schema) {
        this.schema = schema;
    }

    static Schema load(String resource) {
        try (InputStream in = Ir.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Schemas.read(resource, text, null).schema().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Schema schema() {
        return schema;
    }

    Field field(String path) {
        return schema.field(path).orElseThrow();
    }

    Expr cmp(String path, CompareOp op, long value) {
        return new Expr.Compare(new Term.FieldTerm(field(path)), op, new Term.Constant(value));
    }

    Expr cmp(String left, CompareOp op, String right) {
        return new Expr.Compare(new Term.FieldTerm(field(left)), op,
                new Term.FieldTerm(field(right)));
    }

    Expr cmpSetting(String path, CompareOp op, String setting) {
        return new Expr.Compare(new Term.FieldTerm(field(path)), op,
                new Term.SettingTerm(schema.setting(setting).orElseThrow()));
    }

    Expr in(String path, String... values) {
        Field field = field(path);
        long mask = 0;
        for (String value : values) {
            mask |= 1L << field.type().ordinal(value);
        }
        return new Expr.Member(field, mask);
    }

    Expr present(String path) {
        return new Expr.Present(field(path));
    }

    static Expr and(Expr... operands) {
        return new Expr.And(List.of(operands));
    }

    static Expr and(List<Expr> operands) {
        return new Expr.And(operands);
    }

    static Expr or(List<Expr> operands) {
        return new Expr.Or(operands);
    }

    static Expr or(Expr... operands) {
        return new Expr.Or(List.of(operands));
    }

    static Expr not(Expr operand) {
        return new Expr.Not(operand);
    }

    /** A policy rule, its effective condition narrowed to the types its outcome applies to. */
    Rule rule(String name, int line, Expr written, String outcome) {
        return rule(name, line, written, outcome, Source.POLICY, "t.policy", List.of());
    }

    /** A policy rule whose outcome takes arguments. */
    Rule rule(String name, int line, Expr written, String outcome, List<Arg> args) {
        return rule(name, line, written, outcome, Source.POLICY, "t.policy", args);
    }

    Rule guard(String name, int line, Expr written, String outcome) {
        return rule(name, line, written, outcome, Source.PLATFORM, "t.platform", List.of());
    }

    private Rule rule(String name, int line, Expr written, String outcome, Source source,
                      String file, List<Arg> args) {
        var def = schema.outcome(outcome).orElseThrow();
        Expr condition = def.appliesAlways() ? written
                : and(written, (Expr) def.applies().lowered());
        return new Rule(name, line, source, file, new Span(line, 1, line, 10), written, condition,
                new OutcomeCall(def, args), List.of());
    }

    CheckedPolicy policy(List<Rule> rules, Profile profile, List<SettingPlan> settings) {
        List<SettingPlan> plans = new ArrayList<>(settings);
        return new CheckedPolicy("t.policy", "test", schema, "USD", 2, profile, rules, null, plans,
                Set.of(), List.of());
    }

    CheckedPolicy policy(Rule... rules) {
        return policy(List.of(rules), null, List.of());
    }
}
