package dev.verdict.check;

import dev.verdict.ast.Operand;
import dev.verdict.ast.SourceText;
import dev.verdict.diag.Diagnostic;
import dev.verdict.diag.SyntaxDiagnostics;
import dev.verdict.ir.ValueText;
import dev.verdict.schema.Kind;
import dev.verdict.schema.Type;
import java.math.BigDecimal;

/**
 * Literals as typed {@code long}s (see {@link Type}) and back as canonical text. Money is exact:
 * a decimal converted to minor units of the policy currency, never a floating-point number.
 * Malformed money and percentages are reported as E0103; whether a literal is of the right kind
 * at all is the caller's question ({@link #fits}), since its code depends on the place.
 */
final class TypedLiterals {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Reporter reporter;
    private final String currency;
    private final int decimals;
    private final ValueText text;

    TypedLiterals(Reporter reporter, String currency, int decimals) {
        this.reporter = reporter;
        this.currency = currency;
        this.decimals = decimals;
        this.text = ValueText.withCurrency(currency, decimals);
    }

    String currency() {
        return currency;
    }

    int decimals() {
        return decimals;
    }

    TypedLiterals forReporter(Reporter other) {
        return new TypedLiterals(other, currency, decimals);
    }

    /** Whether {@code literal} is written as a value of {@code kind}; enum values are names. */
    static boolean fits(Operand literal, Kind kind) {
        return switch (kind) {
            case MONEY -> literal instanceof Operand.NumberLit;
            case INT -> literal instanceof Operand.NumberLit n && n.currency() == null
                    && isWhole(n.value());
            case DURATION -> literal instanceof Operand.DurationLit;
            case PERCENT -> literal instanceof Operand.PercentLit;
            case BOOL -> literal instanceof Operand.BoolLit;
            case STRING -> literal instanceof Operand.StringLit;
            case DATE -> literal instanceof Operand.DateLit;
            case TIMESTAMP -> literal instanceof Operand.TimestampLit;
            case ENUM -> literal instanceof Operand.PathRef;
        };
    }

    /**
     * The value of a literal that {@link #fits} {@code type}, or null after reporting E0103.
     * Enum values are not literals: see {@link Type#ordinal}.
     */
    Long convert(Operand literal, Type type) {
        if (literal instanceof Operand.NumberLit n && type.kind() == Kind.MONEY) {
            return money(n);
        }
        if (literal instanceof Operand.NumberLit n) {
            return exact(n.value(), SyntaxDiagnostics.numberTooLarge(literal.span(),
                    SourceText.operand(literal)));
        }
        if (literal instanceof Operand.DurationLit d) {
            return d.minutes();
        }
        if (literal instanceof Operand.PercentLit p) {
            return percent(p);
        }
        if (literal instanceof Operand.BoolLit b) {
            return b.value() ? 1L : 0L;
        }
        if (literal instanceof Operand.StringLit) {
            return 0L;
        }
        if (literal instanceof Operand.DateLit d) {
            return d.day();
        }
        if (literal instanceof Operand.TimestampLit t) {
            return t.millis();
        }
        throw new IllegalArgumentException("not a literal of " + type.describe() + ": " + literal);
    }

    private Long money(Operand.NumberLit n) {
        if (n.currency() != null && !n.currency().equals(currency)) {
            reporter.report(SyntaxDiagnostics.foreignAmount(n.span(), n.currency(), currency,
                    n.value().toPlainString()));
            return null;
        }
        if (n.value().stripTrailingZeros().scale() > decimals) {
            reporter.report(SyntaxDiagnostics.tooManyDecimals(n.span(), SourceText.operand(n),
                    currency, decimals));
            return null;
        }
        return exact(n.value().movePointRight(decimals),
                SyntaxDiagnostics.amountTooLarge(n.span(), SourceText.operand(n)));
    }

    private Long percent(Operand.PercentLit p) {
        BigDecimal value = p.value();
        if (value.compareTo(HUNDRED) > 0) {
            reporter.report(SyntaxDiagnostics.percentOverHundred(p.span(), SourceText.operand(p)));
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            reporter.report(SyntaxDiagnostics.percentDecimals(p.span(), SourceText.operand(p)));
            return null;
        }
        return value.movePointRight(2).longValueExact();
    }

    private Long exact(BigDecimal value, Diagnostic tooLarge) {
        try {
            return value.toBigIntegerExact().longValueExact();
        } catch (ArithmeticException e) {
            reporter.report(tooLarge);
            return null;
        }
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    /** The canonical text of a value: {@code 30%}, {@code 5.00 USD}, {@code 7d}, an enum name. */
    String text(Type type, long value) {
        return text.format(type, value);
    }

    /** What a literal is, for "... but `7d` is a duration". */
    static String describe(Operand operand) {
        if (operand instanceof Operand.NumberLit n) {
            return n.currency() != null ? "money"
                    : isWhole(n.value()) ? "a number" : "a decimal number";
        }
        if (operand instanceof Operand.DurationLit) {
            return "a duration";
        }
        if (operand instanceof Operand.PercentLit) {
            return "a percentage";
        }
        if (operand instanceof Operand.StringLit) {
            return "a string";
        }
        if (operand instanceof Operand.BoolLit) {
            return "a bool";
        }
        if (operand instanceof Operand.DateLit) {
            return "a date";
        }
        if (operand instanceof Operand.TimestampLit) {
            return "a timestamp";
        }
        if (operand instanceof Operand.ListLit) {
            return "a list";
        }
        return "a name";
    }

    /** A type as a noun phrase: {@code money}, {@code a duration}, {@code an int}. */
    static String phrase(Type type) {
        return switch (type.kind()) {
            case MONEY -> "money";
            case INT -> "an int";
            case ENUM -> "an enum";
            case PERCENT -> "a percentage";
            default -> "a " + type.kind().word();
        };
    }

    /** TypedLiterals of a type, in the plural: {@code amounts}, {@code durations}. */
    static String plural(Type type) {
        return switch (type.kind()) {
            case MONEY -> "amounts";
            case INT -> "whole numbers";
            case ENUM -> "enum values";
            case PERCENT -> "percentages";
            default -> type.kind().word() + "s";
        };
    }

    /** How to write a value of {@code type}, for help lines. */
    static String example(Type type) {
        return switch (type.kind()) {
            case MONEY -> "write an amount such as `80` or `79.99`";
            case INT -> "write a whole number such as `3`";
            case DURATION -> "write a duration such as `7d`, `48h` or `30m`";
            case PERCENT -> "write a percentage such as `30%`";
            case BOOL -> "write `true` or `false`";
            case STRING -> "write a string such as `\"text\"`";
            case DATE -> "write a date such as `2026-11-27`";
            case TIMESTAMP -> "write a timestamp with its offset, such as "
                    + "`2026-11-27T00:00-05:00`, or a date for the whole day in UTC";
            case ENUM -> "write one of its values, such as `" + type.values().get(0) + "`";
        };
    }
}
