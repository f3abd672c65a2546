package dev.verdict.bench.synthetic;

import dev.verdict.ast.CompareOp;
import dev.verdict.bench.request.HandRequest;
import dev.verdict.schema.Field;
import dev.verdict.schema.Kind;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One comparison of a synthetic rule, written twice: as Verdict policy text, and as the Java a
 * hand-written if-chain over {@link HandRequest} {@code r} would test (an optional field's
 * comparison holds only when the field is present, as three-valued logic has it for a rule).
 */
public sealed interface Atom {

    /** The comparison in policy text. */
    String policyText();

    /** The comparison as a Java boolean expression over {@code r}. */
    String java();

    /** {@code field = value} or {@code field in [values]} for an enum field. */
    record EnumIn(Field field, List<String> values) implements Atom {
        public EnumIn {
            values = List.copyOf(values);
        }

        @Override
        public String policyText() {
            return values.size() == 1 ? field.path() + " = " + values.get(0)
                    : field.path() + " in [" + String.join(", ", values) + "]";
        }

        @Override
        public String java() {
            String name = "r." + HandRequest.javaName(field.path());
            String tests = values.stream().map(v -> name + " == " + field.type().ordinal(v))
                    .collect(Collectors.joining(" || "));
            return values.size() == 1 ? tests : "(" + tests + ")";
        }
    }

    /** {@code field OP value} for a money, int or duration field. */
    record Threshold(Field field, CompareOp op, long value) implements Atom {
        @Override
        public String policyText() {
            return field.path() + " " + op.symbol() + " " + literal(field.type().kind(), value);
        }

        @Override
        public String java() {
            String symbol = op == CompareOp.EQ ? "==" : op.symbol();
            return present(field, "r." + HandRequest.javaName(field.path()) + " " + symbol + " "
                    + value + (field.type().kind() == Kind.INT ? "" : "L"));
        }
    }

    /** {@code field between low and high}, inclusive. */
    record Between(Field field, long low, long high) implements Atom {
        @Override
        public String policyText() {
            Kind kind = field.type().kind();
            return field.path() + " between " + literal(kind, low) + " and " + literal(kind, high);
        }

        @Override
        public String java() {
            String name = "r." + HandRequest.javaName(field.path());
            return present(field, name + " >= " + low + "L && " + name + " <= " + high + "L");
        }
    }

    /** {@code left OP right} for two required fields of one type. */
    record Fields(Field left, CompareOp op, Field right) implements Atom {
        @Override
        public String policyText() {
            return left.path() + " " + op.symbol() + " " + right.path();
        }

        @Override
        public String java() {
            return "r." + HandRequest.javaName(left.path()) + " " + op.symbol() + " r."
                    + HandRequest.javaName(right.path());
        }
    }

    /** A bool field, or its negation: {@code item.opened}, {@code not evidence.video}. */
    record Flag(Field field, boolean expected) implements Atom {
        @Override
        public String policyText() {
            return (expected ? "" : "not ") + field.path();
        }

        @Override
        public String java() {
            String name = "r." + HandRequest.javaName(field.path());
            return present(field, (expected ? "" : "!") + name);
        }
    }

    private static String present(Field field, String test) {
        return field.optional()
                ? "(r." + HandRequest.presenceName(field.path()) + " && " + test + ")" : test;
    }

    /** A value in policy text: money in dollars and cents, durations in the largest whole unit. */
    static String literal(Kind kind, long value) {
        return switch (kind) {
            case MONEY -> value / 100 + "." + String.format("%02d", value % 100);
            case DURATION -> value % (24 * 60) == 0 ? value / (24 * 60) + "d"
                    : value % 60 == 0 ? value / 60 + "h" : value + "m";
            default -> Long.toString(value);
        };
    }
}
