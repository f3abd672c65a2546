package dev.verdict.schema;

import java.util.Locale;

/**
 * The money an outcome pays back, as a schema's outcomes declare it ({@code "refunds"}):
 * nothing, the request's amount ({@link Schema#amountField()}), or the outcome's percentage
 * parameter of that amount. Simulations sum it (SPEC §11 {@code verdict simulate}).
 */
public enum Refund {
    /** The outcome moves no money: rejections, reviews, cancellations, replacements. */
    NONE,
    /** The whole amount: a refund now, or on receipt of the returned item. */
    AMOUNT,
    /** The outcome's one percentage parameter of the amount: a partial refund. */
    PERCENT_OF_AMOUNT;

    /** How the data file writes it: {@code amount}, {@code percent_of_amount}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value the data file writes, or null for an unknown word. */
    static Refund of(String word) {
        for (Refund refund : values()) {
            if (refund != NONE && refund.word().equals(word)) {
                return refund;
            }
        }
        return null;
    }
}
