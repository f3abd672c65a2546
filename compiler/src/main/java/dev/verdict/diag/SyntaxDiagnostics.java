package dev.verdict.diag;

import dev.verdict.ast.Span;
import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The E01xx family: text that does not parse (E0101), an unterminated string (E0102), a
 * malformed literal (E0103) and input over the parser's limits (E0104); and W0105, text that
 * reads otherwise than it is (bidirectional controls, names mixing lookalike alphabets). Each
 * factory writes its message and help once; the caller attaches the file with
 * {@link Diagnostic#inFile}.
 */
public final class SyntaxDiagnostics {

    private SyntaxDiagnostics() {
    }

    /** E0101 with the parser's own description ("expected `then`, found `when`"). */
    public static Diagnostic syntaxError(Span span, String description) {
        return Code.E0101.of(span, description, null);
    }

    public static Diagnostic testWithoutExpect(Span span, String test) {
        return Code.E0101.of(span, "expected `given` or `expect` in test `" + test + "`",
                "only `test defaults:` lists values without `expect`");
    }

    /** A limit written with {@code =} or {@code !=}; {@code value} as written. */
    public static Diagnostic limitOperator(Span span, String operator, String value) {
        return Code.E0101.of(span, "a limit's operator is `<=`, `<`, `>=`, `>`, `between` or"
                        + " `in`, not `" + operator + "`",
                "to allow one value, write `in [" + value + "]`");
    }

    public static Diagnostic unterminatedString(Span span, String description) {
        return Code.E0102.of(span, description, "close the string with `\"` on the same line");
    }

    public static Diagnostic malformedLiteral(Span span, String text) {
        return Code.E0103.of(span, "malformed literal `" + text + "`", null);
    }

    /** {@code 80USD}: an amount glued to its currency. */
    public static Diagnostic amountWithoutSpace(Span span, String text, String amount,
                                                String currency) {
        return Code.E0103.of(span, "malformed literal `" + text + "`",
                "put a space between the amount and its currency: `" + amount + " " + currency
                        + "`");
    }

    public static Diagnostic unknownDurationUnit(Span span, String text) {
        return Code.E0103.of(span, "malformed literal `" + text + "`",
                "durations end in `m` (minutes), `h` (hours) or `d` (days)");
    }

    /** {@code 1e400}: a number with an exponent, which the language does not have. */
    public static Diagnostic exponentNumber(Span span, String text) {
        return Code.E0103.of(span, "malformed literal `" + text + "`",
                "numbers have no exponent: write the number in full, digit by digit");
    }

    /** {@code 1_000}: digits grouped with underscores; {@code digits} without them. */
    public static Diagnostic groupedDigits(Span span, String text, String digits) {
        return Code.E0103.of(span, "malformed literal `" + text + "`",
                "numbers have no digit separators: write `" + digits + "`");
    }

    /** {@code 2026-02-30}. */
    public static Diagnostic nonexistentDate(Span span, String text) {
        return Code.E0103.of(span, "date `" + text + "` does not exist",
                "write a date as `yyyy-mm-dd`, such as `2026-11-27`");
    }

    /** A timestamp without an offset, below the millisecond, or that does not exist. */
    public static Diagnostic badTimestamp(Span span, String text, String problem) {
        return Code.E0103.of(span, "timestamp `" + text + "` " + problem,
                "write a timestamp with its offset from UTC, such as `2026-11-27T00:00-05:00` "
                        + "or `2026-11-27T05:00Z`");
    }

    public static Diagnostic fractionalDuration(Span span, String text) {
        return Code.E0103.of(span, "duration `" + text + "` is not a whole number",
                "write a whole number of minutes, hours or days, such as `36h`");
    }

    public static Diagnostic durationTooLarge(Span span, String text) {
        return Code.E0103.of(span, "duration `" + text + "` is too large", null);
    }

    public static Diagnostic malformedUnicodeEscape(Span span) {
        return Code.E0103.of(span, "malformed unicode escape in string",
                "write a code point in hex between braces, such as `\\u{1F600}`");
    }

    public static Diagnostic unknownEscape(Span span, char escape) {
        return Code.E0103.of(span, "unknown escape `\\" + escape + "` in string",
                "the escapes are `\\\"`, `\\\\`, `\\n`, `\\t` and `\\u{...}`");
    }

    /** A number that does not fit in a {@code long}; {@code text} as written. */
    public static Diagnostic numberTooLarge(Span span, String text) {
        return Code.E0103.of(span, "`" + text + "` is too large", null);
    }

    public static Diagnostic amountTooLarge(Span span, String text) {
        return Code.E0103.of(span, "amount `" + text + "` is too large", null);
    }

    /** {@code 80 EUR} in a USD policy; {@code amount} is the number as plain text. */
    public static Diagnostic foreignAmount(Span span, String written, String policyCurrency,
                                           String amount) {
        return Code.E0103.of(span, "currency `" + written + "` differs from the policy currency `"
                        + policyCurrency + "`",
                "write the amount in `" + policyCurrency + "`: `" + amount + "`");
    }

    public static Diagnostic tooManyDecimals(Span span, String text, String currency,
                                             int decimals) {
        return Code.E0103.of(span, "`" + text + "` has more decimals than `" + currency
                        + "` allows (" + decimals + ")",
                "amounts in `" + currency + "` have at most " + decimals + " decimals");
    }

    public static Diagnostic percentOverHundred(Span span, String text) {
        return Code.E0103.of(span, "percentage `" + text + "` is over 100%",
                "a percentage is between `0%` and `100%`");
    }

    public static Diagnostic percentDecimals(Span span, String text) {
        return Code.E0103.of(span, "percentage `" + text + "` has more than two decimals", null);
    }

    /** A {@code currency} line naming no currency of the schema. */
    public static Diagnostic unknownCurrency(Span span, String code, Collection<String> known) {
        String help = Suggestions.didYouMean(code.toUpperCase(Locale.ROOT), known);
        return Code.E0103.of(span, "unknown currency `" + code + "`", help != null ? help
                : "known currencies: " + String.join(", ", new TreeSet<>(known)));
    }

    public static Diagnostic currencyDiffersFromPlatform(Span span, String currency,
                                                         String platform,
                                                         String platformCurrency) {
        return Code.E0103.of(span, "currency `" + currency + "` differs from the currency of "
                        + "platform `" + platform + "`, `" + platformCurrency + "`",
                "write `currency " + platformCurrency + "`, or leave the line out");
    }

    /**
     * A file over the size the parser reads; reported at its first character. Only a policy
     * ({@code policy}) can be split; a profile or schema is one file.
     */
    public static Diagnostic fileTooLarge(long bytes, long limit, boolean policy) {
        return Code.E0104.of(new Span(1, 1, 1, 2),
                "file is " + bytes + " bytes, over the limit of " + limit,
                policy ? "split the policy into several files"
                        : "keep the file under " + limit + " bytes");
    }

    public static Diagnostic nestedTooDeep(Span span, int limit) {
        return Code.E0104.of(span, "condition nested more than " + limit + " levels deep",
                "flatten the condition: `and`/`or` chains need no parentheses");
    }

    /**
     * A bidirectional control character, which can make text display in another order than it
     * is read; {@code codePoint} is named as {@code U+202E RIGHT-TO-LEFT OVERRIDE}.
     */
    public static Diagnostic bidiControl(Span span, int codePoint) {
        return Code.W0105.of(span, "bidirectional control character " + describe(codePoint)
                        + " can make the text display in another order than it is read",
                "delete it; in a string, write `\\u{" + hex(codePoint) + "}` if it is meant");
    }

    /**
     * A word whose letters come from alphabets that look alike ({@code approve_return} with a
     * Cyrillic {@code e}); {@code codePoint} is its first letter from {@code other}.
     */
    public static Diagnostic mixedScripts(Span span, String word, String first, String other,
                                          int codePoint) {
        return Code.W0105.of(span, "`" + word + "` mixes " + first + " and " + other
                        + " letters, from " + describe(codePoint),
                "letters of these alphabets look alike: retype the word in one alphabet");
    }

    /** {@code U+202E RIGHT-TO-LEFT OVERRIDE}. */
    private static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return "U+" + hex(codePoint) + (name == null ? "" : " " + name);
    }

    private static String hex(int codePoint) {
        return String.format(Locale.ROOT, "%04X", codePoint);
    }
}
