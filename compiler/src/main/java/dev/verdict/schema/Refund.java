package dev.verdict.schema;

/**
 * The money an outcome pays back, as a schema's outcomes declare it ({@code refunds amount},
 * {@code refunds percent of amount}):
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
}
