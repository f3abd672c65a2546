package dev.verdict.syntax;

import dev.verdict.ast.DurationUnit;
import dev.verdict.ast.Operand;
import dev.verdict.ast.Span;
import dev.verdict.diag.Diagnostic;
import dev.verdict.diag.SyntaxDiagnostics;
import dev.verdict.runtime.Dates;
import dev.verdict.runtime.ValueFormatException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads string escapes and number-with-suffix literals, reporting malformed ones (E0103). */
final class Literals {

    private static final Pattern SUFFIXED =
            Pattern.compile("([0-9]+)(\\.[0-9]+)?([a-zA-Z_][a-zA-Z0-9_]*)");
    private static final Pattern EXPONENT = Pattern.compile("[eE][0-9]*");
    private static final Pattern GROUPED = Pattern.compile("(_[0-9]+)+");
    private static final long MAX_DURATION_COUNT = 1_000_000_000L;

    private final String file;
    private final List<Diagnostic> diagnostics;

    Literals(String file, List<Diagnostic> diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** {@code 7d} is a duration; {@code 7.5d}, {@code 7w} and {@code 80USD} are reported. */
    Operand suffixed(String text, Span span) {
        Matcher m = SUFFIXED.matcher(text);
        if (!m.matches()) {
            return malformed(text, SyntaxDiagnostics.malformedLiteral(span, text));
        }
        String suffix = m.group(3);
        DurationUnit unit = DurationUnit.ofSuffix(suffix);
        if (unit == null && EXPONENT.matcher(suffix).matches()) {
            return malformed(text, SyntaxDiagnostics.exponentNumber(span, text));
        }
        if (unit == null && GROUPED.matcher(suffix).matches()) {
            String digits = text.replace("_", "");
            return malformed(text, SyntaxDiagnostics.groupedDigits(span, text, digits));
        }
        if (unit == null) {
            String amount = m.group(1) + (m.group(2) == null ? "" : m.group(2));
            return malformed(text, Character.isUpperCase(suffix.charAt(0))
                    ? SyntaxDiagnostics.amountWithoutSpace(span, text, amount, suffix)
                    : SyntaxDiagnostics.unknownDurationUnit(span, text));
        }
        if (m.group(2) != null) {
            return malformed(text, SyntaxDiagnostics.fractionalDuration(span, text));
        }
        long count = m.group(1).length() > 10 ? Long.MAX_VALUE : Long.parseLong(m.group(1));
        if (count > MAX_DURATION_COUNT) {
            return malformed(text, SyntaxDiagnostics.durationTooLarge(span, text));
        }
        return new Operand.DurationLit(count, unit, span);
    }

    /** {@code 2026-11-27}; a day that does not exist ({@code 2026-02-30}) is reported. */
    Operand date(String text, Span span) {
        try {
            return new Operand.DateLit(Dates.parseDate(text), text, span);
        } catch (ValueFormatException e) {
            return malformed(text, SyntaxDiagnostics.nonexistentDate(span, text));
        }
    }

    /** {@code 2026-11-27T00:00-05:00}; a timestamp without an offset is reported. */
    Operand timestamp(String text, Span span) {
        try {
            return new Operand.TimestampLit(Dates.parseTimestamp(text), text, span);
        } catch (ValueFormatException e) {
            boolean noOffset = !text.endsWith("Z") && text.lastIndexOf('+') < 0
                    && text.lastIndexOf('-') < 10;
            String problem = noOffset ? "has no offset"
                    : e.problem() == ValueFormatException.Problem.TOO_PRECISE
                    ? "has digits below the millisecond" : "does not exist";
            return malformed(text, SyntaxDiagnostics.badTimestamp(span, text, problem));
        }
    }

    Operand percent(String text, Span span) {
        return new Operand.PercentLit(new BigDecimal(text.substring(0, text.length() - 1)), span);
    }

    /**
     * The text of a {@code "..."} token with escapes resolved, or null after reporting a bad
     * escape.
     */
    String string(String token, Span span) {
        StringBuilder out = new StringBuilder();
        String body = token.substring(1, token.length() - 1);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = body.charAt(++i);
            switch (next) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    int close = body.indexOf('}', i);
                    Integer codePoint = close > i + 2 && body.charAt(i + 1) == '{'
                            ? codePoint(body.substring(i + 2, close)) : null;
                    if (codePoint == null) {
                        malformed(token, SyntaxDiagnostics.malformedUnicodeEscape(span));
                        return null;
                    }
                    out.appendCodePoint(codePoint);
                    i = close;
                }
                default -> {
                    malformed(token, SyntaxDiagnostics.unknownEscape(span, next));
                    return null;
                }
            }
        }
        return out.toString();
    }

    private static Integer codePoint(String hex) {
        boolean hexDigits = hex.chars().allMatch(c -> Character.digit(c, 16) >= 0);
        if (hex.isEmpty() || hex.length() > 6 || !hexDigits) {
            return null;
        }
        int value = Integer.parseInt(hex, 16);
        boolean valid = value <= Character.MAX_CODE_POINT && (value < 0xD800 || value > 0xDFFF);
        return valid ? value : null;
    }

    private Operand malformed(String text, Diagnostic problem) {
        diagnostics.add(problem.inFile(file));
        return new Operand.Malformed(text, problem.span());
    }
}
