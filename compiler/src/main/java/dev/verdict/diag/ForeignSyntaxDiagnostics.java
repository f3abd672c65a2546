package dev.verdict.diag;

import dev.verdict.ast.Span;

/**
 * E0101 for syntax the language does not have, written the way newcomers from other languages
 * write it ({@code *}, {@code ==}, {@code &&}, {@code if}): each says what to write instead.
 */
public final class ForeignSyntaxDiagnostics {

    private ForeignSyntaxDiagnostics() {
    }

    /** {@code amount * 2}, {@code amount - fee}. */
    public static Diagnostic arithmetic(String file, Span span, String operator) {
        return Code.E0101.at(file, span, "arithmetic is not supported; compare fields directly "
                        + "or use a setting (found `" + operator + "`)")
                .withHelp("compare two fields (`return_shipping_fee > amount`), or name the "
                        + "threshold in a `set` and compare with it");
    }

    /** {@code ==}, {@code ===}, {@code !==}, {@code <>}: the language's own spelling. */
    public static Diagnostic comparison(String file, Span span, String operator,
                                        String instead) {
        return Code.E0101.at(file, span, "`" + operator + "` is not an operator")
                .withHelp("write `" + instead + "`");
    }

    /** {@code &&}, {@code ||}, {@code !}: logic is written in words. */
    public static Diagnostic logic(String file, Span span, String operator, String word) {
        return Code.E0101.at(file, span, "`" + operator + "` is not an operator; logic is "
                        + "written in words")
                .withHelp("write `" + word + "`");
    }

    /** {@code AND}, {@code WHEN}: keywords are lowercase. */
    public static Diagnostic uppercaseKeyword(String file, Span span, String word) {
        return Code.E0101.at(file, span, "keywords are lowercase: `" + word + "`")
                .withHelp("write `" + word.toLowerCase(java.util.Locale.ROOT) + "`");
    }

    /** {@code if}, {@code elif}: a rule is {@code when ... then ...}. */
    public static Diagnostic ifKeyword(String file, Span span, String word) {
        return Code.E0101.at(file, span, "`" + word + "` is not a keyword; a rule is "
                        + "`when CONDITION then OUTCOME`")
                .withHelp("write `when` instead of `" + word + "`, and `then` before the "
                        + "outcome");
    }

    /** {@code else}: the fallback is {@code otherwise}. */
    public static Diagnostic elseKeyword(String file, Span span, String word) {
        return Code.E0101.at(file, span, "`" + word + "` is not a keyword; rules are tried in "
                        + "order and the first that fires decides")
                .withHelp("for what no rule decides, write `otherwise OUTCOME` as the last "
                        + "declaration");
    }

    /** {@code ;}, <code>{</code>, <code>}</code>: statements are not delimited. */
    public static Diagnostic punctuation(String file, Span span, String text) {
        return Code.E0101.at(file, span, "`" + text + "` is not part of the language; "
                        + "declarations need no delimiters")
                .withHelp("remove `" + text + "`: each declaration starts with its keyword "
                        + "(`when`, `rule`, `set`, ...)");
    }

    /** {@code 'text'}: strings take double quotes. */
    public static Diagnostic singleQuote(String file, Span span) {
        return Code.E0101.at(file, span, "strings are written in double quotes")
                .withHelp("write `\"text\"`");
    }
}
