package dev.verdict.syntax;

import dev.verdict.ast.DurationUnit;
import dev.verdict.ast.Operand;
import dev.verdict.ast.Span;
import dev.verdict.diag.Code;
import dev.verdict.diag.Diagnostic;
import dev.verdict.runtime.Dates;
import dev.verdict.runtime.ValueFormatException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads string escapes and number-with-suffix literals, reporting malformed ones (E0103). */
final class Literals {

    private static final Pattern SUFFIXED = Pattern.compile("([0-9]+)(\\.[0-9]+)?([a-zA-Z_][a-zA-Z0-9_]*)");
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
            return malformed(text, span, "malformed literal `" + text + "`", null);
        }
        String suffix = m.group(3);
        DurationUnit unit = DurationUnit.ofSuffix(suffix);
        if (unit == null) {
            String help = Character.isUpperCase(suffix.charAt(0))
                    ? "put a space between the amount and its currency: `" + m.group(1)
                      + (m.group(2) == null ? "" : m.group(2)) + " " + suffix + "`"
                    : "durations end in `m` (minutes), `h` (hours) or `d` (days)";
            return malformed(text, span, "malformed literal `" + text + "`", help);
        }
        if (m.group(2) != null) {
            return malformed(text, span, "duration `" + text + "` is not a whole number",
                    "write a whole number of minutes, hours or days, such as `36h`");
        }
        long count = m.group(1).length() > 10 ? Long.MAX_VALUE : Long.parseLong(m.group(1));
        if (count > MAX_DURATION_COUNT) {
            return malformed(text, span, "duration `" + text + "` is too large", null);
        }
        return new Operand.DurationLit(count, unit, span);
    }

    /** {@code 2026-11-27}; a day that does not exist ({@code 2026-02-30}) is reported. */
    Operand date(String text, Span span) {
        try {
            return new Operand.DateLit(Dates.parseDate(text), text, span);
        } catch (ValueFormatException e) {
            return malformed(text, span, "date `" + text + "` does not exist",
                    "write a date as `yyyy-mm-dd`, such as `2026-11-27`");
        }
    }

    /** {@code 2026-11-27T00:00-05:00}; a timestamp without an offset is reported. */
    Operand timestamp(String text, Span span) {
        try {
            return new Operand.TimestampLit(Dates.parseTimestamp(text), text, span);
        } catch (ValueFormatException e) {
            boolean noOffset = !text.endsWith("Z") && text.lastIndexOf('+') < 0
                    && text.lastIndexOf('-') < 10;
            String message = noOffset ? "timestamp `" + text + "` has no offset"
                    : e.problem() == ValueFormatException.Problem.TOO_PRECISE
                    ? "timestamp `" + text + "` has digits below the millisecond"
                    : "timestamp `" + text + "` does not exist";
            return malformed(text, span, message, "write a timestamp with its offset from UTC, "
                    + "such as `2026-11-27T00:00-05:00` or `2026-11-27T05:00Z`");
        }
    }

    Operand percent(String text, Span span) {
        return new Operand.PercentLit(new BigDecimal(text.substring(0, text.length() - 1)), span);
    }

    /** The text of a {@code "..."} token with escapes resolved, or null after reporting a bad escape. */
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
                        malformed(token, span, "malformed unicode escape in string",
                                "write a code point in hex between braces, such as `\\u{1F600}`");
                        return null;
                    }
                    out.appendCodePoint(codePoint);
                    i = close;
                }
                default -> {
                    malformed(token, span, "unknown escape `\\" + next + "` in string",
                            "the escapes are `\\\"`, `\\\\`, `\\n`, `\\t` and `\\u{...}`");
                    return null;
                }
            }
        }
        return out.toString();
    }

    private static Integer codePoint(String hex) {
        if (hex.isEmpty() || hex.length() > 6 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return null;
        }
        int value = Integer.parseInt(hex, 16);
        boolean valid = value <= Character.MAX_CODE_POINT && (value < 0xD800 || value > 0xDFFF);
        return valid ? value : null;
    }

    private Operand malformed(String text, Span span, String message, String help) {
        diagnostics.add(Code.E0103.at(file, span, message).withHelp(help));
        return new Operand.Malformed(text, span);
    }
}
