package dev.verdict.analysis;

import dev.verdict.ast.Assignment;
import dev.verdict.ast.Decl;
import dev.verdict.ast.Operand;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Field;
import dev.verdict.schema.Schema;
import dev.verdict.syntax.ParseResult;
import dev.verdict.syntax.SourceParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an example request back from a finding's help ({@code e.g. request = cancel, amount =
 * 10.00, since_delivery is absent; ...}) with the DSL's own parser: the assignments become a
 * {@code test defaults} line. Fields the text leaves out take {@code free}'s values.
 */
final class ExampleText {

    private ExampleText() {
    }

    static RequestValues parse(Schema schema, int decimals, String help, RequestValues free) {
        String text = help.substring("e.g. ".length());
        int end = text.indexOf("; ");
        text = end < 0 ? text : text.substring(0, end);
        RequestValues.Builder request = free.toBuilder();
        if (text.equals("any request")) {
            return request.build();
        }
        List<String> assignments = new ArrayList<>();
        for (String part : text.split(", ")) {
            if (part.endsWith(" is absent")) {
                request.clear(schema.field(part.substring(0, part.length() - " is absent".length()))
                        .orElseThrow().index());
            } else {
                assignments.add(part);
            }
        }
        if (assignments.isEmpty()) {
            return request.build();
        }
        String line = "test defaults: " + String.join(", ", assignments);
        ParseResult parsed = SourceParser.parse("example", line);
        if (parsed.hasErrors()) {
            throw new AssertionError("example does not parse: " + text + " "
                    + parsed.diagnostics());
        }
        Decl.TestDefaults defaults = (Decl.TestDefaults) parsed.file().decls().get(0);
        for (Assignment assignment : defaults.values()) {
            Field field = schema.field(assignment.path().dotted()).orElseThrow();
            if (assignment.value() instanceof Operand.StringLit string) {
                request.setText(field.index(), string.value());
            } else {
                request.set(field.index(), value(field, assignment.value(), decimals));
            }
        }
        return request.build();
    }

    private static long value(Field field, Operand operand, int decimals) {
        if (operand instanceof Operand.NumberLit n) {
            boolean money = field.type().kind() == dev.verdict.schema.Kind.MONEY;
            return (money ? n.value().movePointRight(decimals) : n.value()).longValueExact();
        }
        if (operand instanceof Operand.DurationLit d) {
            return d.minutes();
        }
        if (operand instanceof Operand.PercentLit p) {
            return p.value().movePointRight(2).longValueExact();
        }
        if (operand instanceof Operand.DateLit d) {
            return d.day();
        }
        if (operand instanceof Operand.TimestampLit t) {
            return t.millis();
        }
        if (operand instanceof Operand.BoolLit b) {
            return b.value() ? 1 : 0;
        }
        if (operand instanceof Operand.PathRef p && field.type().ordinal(p.dotted()) >= 0) {
            return field.type().ordinal(p.dotted());
        }
        throw new AssertionError("not a value of `" + field.path() + "`: " + operand);
    }
}
